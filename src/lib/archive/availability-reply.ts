/**
 * Reads the availability API's JSON reply. A reply with a snapshot looks like
 *
 *   {"url": "…", "archived_snapshots": {"closest": {"status": "200", "available": true,
 *    "url": "http://web.archive.org/web/20250312093000/https://…", "timestamp": "20250312093000"}}}
 *
 * and one without has `"archived_snapshots": {}`. Anything else is refused with a message rather
 * than guessed at, so a changed or broken service never writes a wrong link into a source file.
 * https://archive.org/help/wayback_api.php
 */
import { parseSnapshotUrl, parseWaybackTimestamp, type SnapshotAddress } from './wayback-urls.ts';

/** What the reply says. */
export type AvailabilityReply =
	| { kind: 'found'; snapshot: SnapshotAddress }
	| { kind: 'none'; reason: string }
	| { kind: 'malformed'; message: string };

/** Parses the body of an availability API reply. */
export function parseAvailabilityReply(body: string): AvailabilityReply {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return malformed(`the reply is not JSON (it starts ${JSON.stringify(body.slice(0, 40))})`);
	}
	if (!isRecord(data)) return malformed('the reply is not a JSON object');
	const snapshots = data['archived_snapshots'];
	if (!isRecord(snapshots)) return malformed('the reply has no `archived_snapshots` object');
	const closest = snapshots['closest'];
	if (closest === undefined) return { kind: 'none', reason: 'the archive has no snapshot' };
	if (!isRecord(closest)) return malformed('`archived_snapshots.closest` is not an object');

	const { available, status, url, timestamp } = closest;
	if (typeof url !== 'string') return malformed('`closest.url` is not text');
	if (typeof timestamp !== 'string' || !parseWaybackTimestamp(timestamp)) {
		return malformed('`closest.timestamp` is not a 14-digit time such as 20250312093000');
	}
	const snapshot = parseSnapshotUrl(url);
	if (!snapshot) {
		return malformed(`\`closest.url\` is not a Wayback snapshot address: ${JSON.stringify(url)}`);
	}
	if (!snapshot.url.includes(`/web/${timestamp}/`)) {
		return malformed('`closest.url` and `closest.timestamp` name different times');
	}
	if (available !== true) return { kind: 'none', reason: 'the closest snapshot is not available' };
	// The closest capture can be an error page or a redirect; only a page that loaded is a copy.
	if (status !== '200') {
		return {
			kind: 'none',
			reason: `the closest snapshot recorded HTTP ${typeof status === 'string' ? status : 'status unknown'}, not the page`,
		};
	}
	return { kind: 'found', snapshot };
}

function malformed(message: string): AvailabilityReply {
	return { kind: 'malformed', message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
