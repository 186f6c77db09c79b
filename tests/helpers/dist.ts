/**
 * Reads a built site for tests: pages as parsed HTML, and every link on them. `openDist(root)` reads
 * any build (the fixture site, a hand-made broken tree); the plain exports read the real dist/.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** One built site, read from `root`; parsed pages are kept, as tests read them many times. */
export interface DistReader {
	root: string;
	/** Every file, as `/`-separated paths relative to the root, e.g. `articles/x/index.html`. */
	listFiles: () => string[];
	/** The HTML pages, sorted. */
	listPages: () => string[];
	/** A page, parsed. `page` is a file path (`timeline/index.html`) or a URL path (`/timeline/`). */
	readPage: (page: string) => Root;
	/** The raw text of a built file. */
	readText: (page: string) => string;
	/** Whether a site path resolves to a file. */
	exists: (path: string) => boolean;
}

function listFilesIn(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? listFilesIn(root, path)
			: [relative(root, path).split('\\').join('/')];
	});
}

/** A reader for the site built into `root`. */
export function openDist(root: string): DistReader {
	const cache = new Map<string, Root>();
	const readText = (page: string) => readFileSync(join(root, toDistFile(page)), 'utf8');
	return {
		root,
		listFiles: () => listFilesIn(root).sort(),
		listPages: () =>
			listFilesIn(root)
				.filter((path) => path.endsWith('.html'))
				.sort(),
		readPage(page) {
			const file = toDistFile(page);
			let tree = cache.get(file);
			if (!tree) {
				tree = fromHtml(readText(file));
				cache.set(file, tree);
			}
			return tree;
		},
		readText,
		exists: (path) => existsSync(join(root, toDistFile(path))),
	};
}

const real = openDist(DIST);

/** Every file in dist/, as `/`-separated paths relative to it, e.g. `articles/x/index.html`. */
export const listDist = (): string[] => real.listFiles();

/** The HTML pages in dist/. */
export const listPages = (): string[] => real.listPages();

/** A built page of dist/, parsed. */
export const readPage = (page: string): Root => real.readPage(page);

/** The raw text of a file in dist/. */
export const readDistText = (page: string): string => real.readText(page);

/** Whether a site path resolves to a file in dist/. */
export const existsInDist = (path: string): boolean => real.exists(path);

/** Maps a site path to the file that serves it: `/a/` → `a/index.html`. */
export function toDistFile(path: string): string {
	const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '').replace(/^\//, '');
	if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
	return clean;
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
