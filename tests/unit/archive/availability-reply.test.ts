import { describe, expect, it } from 'vitest';
import { parseAvailabilityReply } from '../../../src/lib/archive/availability-reply.ts';

// The shape the service documents (https://archive.org/help/wayback_api.php), written by hand.
const FOUND = `{"url": "https://example.org/story", "archived_snapshots": {"closest": {"status": "200", "available": true, "url": "http://web.archive.org/web/20250312093005/https://example.org/story", "timestamp": "20250312093005"}}}`;

const closest = (fields: Record<string, unknown>) =>
	JSON.stringify({
		archived_snapshots: {
			closest: {
				status: '200',
				available: true,
				url: 'http://web.archive.org/web/20250312093005/https://example.org/story',
				timestamp: '20250312093005',
				...fields,
			},
		},
	});

describe('parseAvailabilityReply', () => {
	it('reads a snapshot as its https address and capture time', () => {
		const reply = parseAvailabilityReply(FOUND);
		expect(reply.kind).toBe('found');
		if (reply.kind !== 'found') return;
		expect(reply.snapshot.url).toBe(
			'https://web.archive.org/web/20250312093005/https://example.org/story',
		);
		expect(reply.snapshot.capturedAt.toISOString()).toBe('2025-03-12T09:30:05.000Z');
	});

	it('reads an empty archived_snapshots as no snapshot', () => {
		expect(parseAvailabilityReply('{"url": "x", "archived_snapshots": {}}')).toEqual({
			kind: 'none',
			reason: 'the archive has no snapshot',
		});
	});

	it('does not take a capture of an error page or an unavailable one for a copy', () => {
		expect(parseAvailabilityReply(closest({ status: '404' }))).toEqual({
			kind: 'none',
			reason: 'the closest snapshot recorded HTTP 404, not the page',
		});
		expect(parseAvailabilityReply(closest({ available: false }))).toEqual({
			kind: 'none',
			reason: 'the closest snapshot is not available',
		});
	});

	it('refuses a reply that is not JSON, or not the documented shape, with a message', () => {
		expect(parseAvailabilityReply('<html>Service Unavailable</html>')).toMatchInlineSnapshot(`
			{
			  "kind": "malformed",
			  "message": "the reply is not JSON (it starts "<html>Service Unavailable</html>")",
			}
		`);
		expect(parseAvailabilityReply('[]')).toEqual({
			kind: 'malformed',
			message: 'the reply is not a JSON object',
		});
		expect(parseAvailabilityReply('{"url": "x"}')).toEqual({
			kind: 'malformed',
			message: 'the reply has no `archived_snapshots` object',
		});
		expect(parseAvailabilityReply('{"archived_snapshots": {"closest": "yes"}}')).toEqual({
			kind: 'malformed',
			message: '`archived_snapshots.closest` is not an object',
		});
	});

	it('refuses a snapshot whose address, timestamp or host does not add up', () => {
		expect(parseAvailabilityReply(closest({ timestamp: '2025' }))).toEqual({
			kind: 'malformed',
			message: '`closest.timestamp` is not a 14-digit time such as 20250312093000',
		});
		expect(parseAvailabilityReply(closest({ timestamp: '20250313000000' }))).toEqual({
			kind: 'malformed',
			message: '`closest.url` and `closest.timestamp` name different times',
		});
		expect(
			parseAvailabilityReply(closest({ url: 'https://elsewhere.example/20250312093005/x' })),
		).toEqual({
			kind: 'malformed',
			message:
				'`closest.url` is not a Wayback snapshot address: "https://elsewhere.example/20250312093005/x"',
		});
		expect(parseAvailabilityReply(closest({ url: 12 }))).toEqual({
			kind: 'malformed',
			message: '`closest.url` is not text',
		});
	});
});
