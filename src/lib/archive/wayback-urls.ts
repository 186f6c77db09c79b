/**
 * Addresses of the Internet Archive's Wayback Machine: the availability API that finds the
 * snapshot closest to a day, Save Page Now that asks for a new capture, and the calendar page a
 * reader can search by hand. The service hosts are parameters, so the tests can point them at a
 * stand-in server on 127.0.0.1.
 * https://archive.org/help/wayback_api.php
 */

/** Where the availability API lives (`/wayback/available` under it). */
export const AVAILABILITY_ORIGIN = 'https://archive.org';

/** Where snapshots, Save Page Now and the calendar live (`/web/…`, `/save/…`). */
export const WAYBACK_ORIGIN = 'https://web.archive.org';

/** A day as the availability API's `timestamp` wants it: `YYYYMMDD` (UTC), e.g. `20261124`. */
export function toWaybackDay(day: Date): string {
	return day.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * The availability API's question "which snapshot of `url` is closest to `day`?".
 * @param origin the API's origin, e.g. https://archive.org, or a stand-in's http://127.0.0.1:port.
 */
export function toAvailabilityUrl(origin: string, url: string, day: Date): string {
	const query = new URLSearchParams({ url, timestamp: toWaybackDay(day) });
	return `${trimSlash(origin)}/wayback/available?${query.toString()}`;
}

/**
 * Save Page Now's address for a new capture of `url`. The page's address follows `/save/` as it
 * is, as the service documents, not percent-encoded.
 */
export function toSaveUrl(origin: string, url: string): string {
	return `${trimSlash(origin)}/save/${url}`;
}

/**
 * The Wayback Machine's calendar of every capture of `url`, where a reader can look for a copy
 * before we have recorded one. The fragment is dropped: it is not part of the captured address,
 * and a `#` would end the calendar's own path.
 */
export function toWaybackLookupUrl(url: string): string {
	const parsed = new URL(url);
	parsed.hash = '';
	return `${WAYBACK_ORIGIN}/web/*/${parsed.href}`;
}

/** One snapshot, read off its address. */
export interface SnapshotAddress {
	/** The snapshot's address, always https://web.archive.org/web/<14 digits>/<original>. */
	url: string;
	/** When it was captured (UTC). */
	capturedAt: Date;
	/** The address that was captured, as the archive wrote it. */
	original: string;
}

const SNAPSHOT_PATH = /^\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/s;

/**
 * Reads a snapshot's address (`http://web.archive.org/web/20250312093000/https://…`, or a path
 * `/web/…` that Save Page Now returns), or undefined when it is not one. The availability API
 * answers with plain http addresses; the result is always https, which the archive also serves
 * and the content schema requires.
 */
export function parseSnapshotUrl(value: string): SnapshotAddress | undefined {
	let parsed: URL;
	try {
		parsed = new URL(value, WAYBACK_ORIGIN);
	} catch {
		return undefined;
	}
	if (parsed.hostname !== 'web.archive.org') return undefined;
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
	// The original keeps its own query string, so read it from the raw text after the timestamp.
	const path = `${parsed.pathname}${parsed.search}`;
	const match = SNAPSHOT_PATH.exec(path);
	if (!match) return undefined;
	const [, stamp = '', original = ''] = match;
	const capturedAt = parseWaybackTimestamp(stamp);
	if (!capturedAt) return undefined;
	return { url: `${WAYBACK_ORIGIN}/web/${stamp}/${original}`, capturedAt, original };
}

/** Reads a 14-digit Wayback timestamp `YYYYMMDDhhmmss` (UTC), or undefined if it is not a real time. */
export function parseWaybackTimestamp(stamp: string): Date | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stamp);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	const isSame =
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		date.getUTCHours() === hour &&
		date.getUTCMinutes() === minute &&
		date.getUTCSeconds() === second;
	return isSame ? date : undefined;
}

function trimSlash(origin: string): string {
	return origin.replace(/\/+$/, '');
}
