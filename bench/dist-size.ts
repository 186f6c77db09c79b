/**
 * What a build wrote, for the bench: the size of dist/, its pages grouped by page type, and what
 * a reader downloads for each type (HTML plus the stylesheets it links, from scripts/page-weight.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { weighPage } from '../scripts/page-weight.ts';

/** Totals for one folder. */
export interface DistSize {
	bytes: number;
	files: number;
	pages: number;
	/** Bytes under dist/pagefind/ (the search index), 0 if there is none. */
	searchIndexBytes: number;
}

/** Download sizes of one page type, in bytes of HTML + CSS. */
export interface PageTypeWeight {
	/** e.g. `/`, `/articles/`, `/articles/<id>/`, `/404.html`. */
	type: string;
	pages: number;
	medianRaw: number;
	medianGzip: number;
	maxGzip: number;
	/** The page with the largest gzipped weight. */
	heaviest: string;
	/** How many pages of the type load a script file. */
	withScripts: number;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

/** Sizes of everything in `dist`. */
export function measureDist(dist: string): DistSize {
	const files = walk(dist);
	const size = (file: string) => statSync(file).size;
	return {
		bytes: files.reduce((sum, file) => sum + size(file), 0),
		files: files.length,
		pages: files.filter((file) => file.endsWith('.html')).length,
		searchIndexBytes: files
			.filter((file) => relative(dist, file).startsWith('pagefind/'))
			.reduce((sum, file) => sum + size(file), 0),
	};
}

/**
 * The type of a built page, from its path: the first folder, with any deeper part shown as
 * `<id>` (`articles/x/index.html` → `/articles/<id>/`), so the grouping needs no list of routes.
 */
export function toPageType(page: string): string {
	if (!page.endsWith('index.html')) return `/${page}`;
	const parts = page.split('/').slice(0, -1);
	if (parts.length === 0) return '/';
	const [first, ...rest] = parts;
	return `/${[first, ...rest.map(() => '<id>')].join('/')}/`;
}

const median = (numbers: number[]) =>
	[...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;

/** The weight of every page type in `dist`, sorted by type. */
export function weighPageTypes(dist: string): PageTypeWeight[] {
	const groups = new Map<
		string,
		Array<{ page: string; raw: number; gzip: number; scripts: number }>
	>();
	for (const file of walk(dist).filter((path) => path.endsWith('.html'))) {
		const page = relative(dist, file);
		const weight = weighPage(dist, page);
		const type = toPageType(page);
		const group = groups.get(type) ?? [];
		groups.set(type, group);
		group.push({
			page,
			raw: weight.html.raw + weight.css.raw,
			gzip: weight.html.gzip + weight.css.gzip,
			scripts: weight.scripts.length,
		});
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([type, pages]) => {
			const heaviest = pages.reduce((top, page) => (page.gzip > top.gzip ? page : top));
			return {
				type,
				pages: pages.length,
				medianRaw: median(pages.map((page) => page.raw)),
				medianGzip: median(pages.map((page) => page.gzip)),
				maxGzip: heaviest.gzip,
				heaviest: `/${heaviest.page.replace(/index\.html$/, '')}`,
				withScripts: pages.filter((page) => page.scripts > 0).length,
			};
		});
}
