/** Reads the built site in dist/ for tests: pages as parsed HTML, and every link on them. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every file in dist/, as `/`-separated paths relative to it, e.g. `articles/x/index.html`. */
export function listDist(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? listDist(path)
			: [relative(DIST, path).split('\\').join('/')];
	});
}

/** The HTML pages in dist/. */
export function listPages(): string[] {
	return listDist().filter((path) => path.endsWith('.html'));
}

const cache = new Map<string, Root>();

/** A built page, parsed. `page` is a dist path (`timeline/index.html`) or a URL path (`/timeline/`). */
export function readPage(page: string): Root {
	const file = toDistFile(page);
	let tree = cache.get(file);
	if (!tree) {
		tree = fromHtml(readFileSync(join(DIST, file), 'utf8'));
		cache.set(file, tree);
	}
	return tree;
}

/** The raw text of a built file. */
export function readDistText(page: string): string {
	return readFileSync(join(DIST, toDistFile(page)), 'utf8');
}

/** Maps a site path to the file that serves it: `/a/` → `a/index.html`. */
export function toDistFile(path: string): string {
	const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '').replace(/^\//, '');
	if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
	return clean;
}

/** Whether a site path resolves to a file in dist/. */
export function existsInDist(path: string): boolean {
	return existsSync(join(DIST, toDistFile(path)));
}

/** Elements matching a CSS selector. */
export function select(tree: Root | Element, selector: string): Element[] {
	return selectAll(selector, tree);
}

/** The value of an attribute as a string ('' when absent). */
export function attr(element: Element, name: string): string {
	const value = element.properties[name];
	if (Array.isArray(value)) return value.join(' ');
	return value === undefined || value === null ? '' : String(value);
}

/** The URL path a dist file is served at: `a/index.html` → `/a/`. */
export function toSitePath(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}
