/**
 * A stand-in for the Wayback Machine on 127.0.0.1 (a random free port), for the tests of
 * `npm run archive`: there is no internet in CI's sandbox, and the real service must never be
 * called from tests. It answers `/wayback/available` and `/save/<url>` from scripted replies per
 * address, and records every request.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted reply. */
export interface Reply {
	status: number;
	body?: string;
	headers?: Record<string, string>;
}

/** One request the stand-in received. */
export interface Received {
	service: 'available' | 'save' | 'other';
	/** The page address asked about. */
	url: string;
	/** The availability API's `timestamp` parameter. */
	timestamp?: string;
	/** When it arrived (ms since the epoch). */
	at: number;
	userAgent?: string;
}

/** Replies per page address, in order; the last one repeats once the others are used. */
export interface Script {
	available?: Record<string, Reply[]>;
	save?: Record<string, Reply[]>;
}

/** A running stand-in: its origin and what it was asked. */
export interface StandIn {
	/** e.g. http://127.0.0.1:43117, for --base-url. */
	origin: string;
	received: Received[];
	close: () => Promise<void>;
}

/** The availability API's reply for a snapshot, as the real service writes it (plain http). */
export function snapshotReply(url: string, stamp: string): Reply {
	return {
		status: 200,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			url,
			archived_snapshots: {
				closest: {
					status: '200',
					available: true,
					url: `http://web.archive.org/web/${stamp}/${url}`,
					timestamp: stamp,
				},
			},
		}),
	};
}

/** The availability API's reply when it has no snapshot. */
export function noSnapshotReply(url: string): Reply {
	return {
		status: 200,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ url, archived_snapshots: {} }),
	};
}

/** Starts the stand-in; close it when the test is done. */
export async function startStandIn(script: Script): Promise<StandIn> {
	const received: Received[] = [];
	const next = (queues: Record<string, Reply[]> | undefined, url: string): Reply | undefined => {
		const queue = queues?.[url];
		if (!queue || queue.length === 0) return undefined;
		return queue.length > 1 ? queue.shift() : queue[0];
	};
	const server = createServer((request, response) => {
		const target = new URL(request.url ?? '/', 'http://127.0.0.1');
		let reply: Reply;
		if (target.pathname === '/wayback/available') {
			const url = target.searchParams.get('url') ?? '';
			const timestamp = target.searchParams.get('timestamp') ?? '';
			received.push({ service: 'available', url, timestamp, ...common(request) });
			reply = next(script.available, url) ?? noSnapshotReply(url);
		} else if (target.pathname.startsWith('/save/')) {
			const url = (request.url ?? '').slice('/save/'.length);
			received.push({ service: 'save', url, ...common(request) });
			reply = next(script.save, url) ?? { status: 404, body: 'not scripted' };
		} else {
			received.push({ service: 'other', url: target.pathname, ...common(request) });
			reply = { status: 404, body: 'not found' };
		}
		response.writeHead(reply.status, reply.headers);
		response.end(reply.body ?? '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		received,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

function common(request: { headers: Record<string, string | string[] | undefined> }) {
	const agent = request.headers['user-agent'];
	return { at: Date.now(), ...(typeof agent === 'string' ? { userAgent: agent } : {}) };
}
