/**
 * Reads Save Page Now's answer to an anonymous `GET /save/<url>`. When the capture is done at
 * once, the reply names it: a redirect to `/web/<timestamp>/<url>` (`Location`) or the snapshot's
 * path in `Content-Location`. Often the service only queues the capture and answers a page
 * without either; the capture then appears in the availability API later (minutes to hours), so
 * a later run records it.
 */
import { parseSnapshotUrl, type SnapshotAddress } from './wayback-urls.ts';

/** The parts of the HTTP reply that matter here. */
export interface SaveResponse {
	status: number;
	location?: string | null;
	contentLocation?: string | null;
}

/** What the reply says. */
export type SaveReply =
	| { kind: 'captured'; snapshot: SnapshotAddress }
	| { kind: 'queued' }
	| { kind: 'refused'; message: string };

/** Reads a Save Page Now reply (429 and 5xx are retried before this is called). */
export function parseSaveReply(response: SaveResponse): SaveReply {
	const { status } = response;
	if (status >= 200 && status < 400) {
		for (const header of [response.location, response.contentLocation]) {
			const snapshot = header ? parseSnapshotUrl(header) : undefined;
			if (snapshot) return { kind: 'captured', snapshot };
		}
		if (status >= 300) {
			return {
				kind: 'refused',
				message: `Save Page Now redirected to ${JSON.stringify(response.location ?? '')}, not to a snapshot`,
			};
		}
		return { kind: 'queued' };
	}
	// The service has at times refused anonymous captures outright rather than slowing them down.
	if (status === 401 || status === 403) {
		return {
			kind: 'refused',
			message: `Save Page Now refused an anonymous capture (HTTP ${status})`,
		};
	}
	return { kind: 'refused', message: `Save Page Now answered HTTP ${status}` };
}
