/**
 * Whether a snapshot the archive offers is a copy of what we read: the same address, captured
 * after the document was published and near the day we read it. The availability API returns
 * the closest capture whatever its distance, which can be years away or of a page that was
 * replaced, so the choice is ours to make.
 */
import type { SnapshotAddress } from './wayback-urls.ts';

/** How far from the day we read a source a snapshot may be, by default. */
export const DEFAULT_MAX_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What we know of the source when judging a snapshot. */
export interface SnapshotWanted {
	url: string;
	/** The day we read it (UTC midnight). */
	accessed: Date;
	/** The day it was published (UTC midnight), when known. */
	published?: Date;
	/** Largest distance in days between `accessed` and the capture. */
	maxDays: number;
}

/** The verdict: a copy to record, or why not. */
export type SnapshotChoice = { ok: true } | { ok: false; reason: string };

/** Judges one snapshot against the source it would stand for. */
export function chooseSnapshot(snapshot: SnapshotAddress, wanted: SnapshotWanted): SnapshotChoice {
	if (!isSameAddress(snapshot.original, wanted.url)) {
		return {
			ok: false,
			reason: `the snapshot is of another address (${snapshot.original})`,
		};
	}
	const capturedDay = Date.UTC(
		snapshot.capturedAt.getUTCFullYear(),
		snapshot.capturedAt.getUTCMonth(),
		snapshot.capturedAt.getUTCDate(),
	);
	if (wanted.published && capturedDay < wanted.published.getTime()) {
		return { ok: false, reason: 'the snapshot was taken before the document was published' };
	}
	const days = Math.round(Math.abs(capturedDay - wanted.accessed.getTime()) / DAY_MS);
	if (days > wanted.maxDays) {
		return {
			ok: false,
			reason: `the closest snapshot is ${days} days from the day we read it (more than ${wanted.maxDays})`,
		};
	}
	return { ok: true };
}

/**
 * Whether two addresses name the same page as the archive sees it: the scheme, a leading
 * `www.`, a default port, a trailing slash and a fragment do not count; the path and query do.
 */
export function isSameAddress(a: string, b: string): boolean {
	const key = toAddressKey(a);
	return key !== undefined && key === toAddressKey(b);
}

function toAddressKey(value: string): string | undefined {
	let url: URL;
	try {
		// The archive sometimes writes an original without its scheme.
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
	} catch {
		return undefined;
	}
	const host = url.hostname.toLowerCase().replace(/^www\./, '');
	const path = url.pathname.replace(/\/+$/, '');
	return `${host}${path}${url.search}`;
}
