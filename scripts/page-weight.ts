/**
 * What a reader downloads for one built page: its HTML and the stylesheets and scripts it links.
 * Shared by `npm run bench` (prints it) and tests/e2e/budget.test.ts (holds it to a budget).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	html: { raw: number; gzip: number };
	css: { raw: number; gzip: number };
	/** Script files the page loads (inline scripts count in the HTML). */
	scripts: string[];
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Weighs `page` (a path inside `dist`, e.g. `articles/x/index.html`). */
export function weighPage(dist: string, page: string): PageWeight {
	const html = readFileSync(join(dist, page));
	const text = html.toString('utf8');
	const stylesheets = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map(
		(match) => readFileSync(join(dist, match[1] ?? '')),
	);
	const scripts = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? '');
	return {
		html: { raw: html.length, gzip: gzipSize(html) },
		css: {
			raw: stylesheets.reduce((sum, sheet) => sum + sheet.length, 0),
			gzip: stylesheets.reduce((sum, sheet) => sum + gzipSize(sheet), 0),
		},
		scripts,
	};
}
