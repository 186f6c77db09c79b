/**
 * A tiny static file server for dist/, for browser tests and screenshots: no `astro preview`
 * (which detaches and takes a lock). Serves `/a/` as `a/index.html`, 404s with dist/404.html,
 * and sends the headers it is given (a `_headers` file's, to stand in for Netlify).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { DIST, toDistFile } from './dist.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
};

/** A running server and its origin, e.g. `http://127.0.0.1:43117`. */
export interface StaticServer {
	origin: string;
	close: () => Promise<void>;
}

/**
 * Starts serving `root` (dist/ by default) on a free local port. `headers` adds response headers
 * for a URL path, as a host that reads `_headers` would (see headers-file.ts); none by default, as
 * on GitHub Pages.
 */
export async function serveDist(
	root = DIST,
	headers: (path: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const relative = normalize(toDistFile(path)).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, relative);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile();
		if (!found) file = join(root, '404.html');
		response.writeHead(found ? 200 : 404, {
			...headers(path),
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve, reject) =>
				server.close((error) => (error ? reject(error) : resolve())),
			),
	};
}
