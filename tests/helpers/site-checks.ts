/**
 * The checks every built site must pass, each a function over a built site that returns one line
 * per problem (empty when all is well), so one test reports every failing page. The real site
 * (tests/e2e), the fixture site (tests/site) and hand-made broken trees (tests/unit/site-checks)
 * run the same functions.
 */
import { toString } from 'hast-util-to-string';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, select, toSitePath, type DistReader } from './dist.ts';
import { findGluedWords } from './text.ts';

const HTML_VALIDATE_CONFIG = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');

/** Pages with a link or script address containing `/undefined` (a missing value in a URL template). */
export function findUndefinedLinks(dist: DistReader): string[] {
	return dist.listPages().flatMap((page) =>
		select(dist.readPage(page), '[href], [src], [action]')
			.map((element) => attr(element, 'href') || attr(element, 'src') || attr(element, 'action'))
			.filter((url) => /\/undefined(?:[/?#]|$)/.test(url))
			.map((url) => `${page}: ${url}`),
	);
}

/** Citations left as `[^id]` text, or citation links whose numbered reference is not on the page. */
export function findBrokenCitations(dist: DistReader): string[] {
	return dist.listPages().flatMap((page) => {
		const tree = dist.readPage(page);
		const problems: string[] = [];
		const main = select(tree, 'main')[0] ?? tree;
		const leftover = JSON.stringify(main).match(/\[\^[^\]\s]*\]/g) ?? [];
		for (const text of leftover) problems.push(`${page}: unresolved citation ${text}`);
		const ids = new Set(select(tree, '[id]').map((element) => attr(element, 'id')));
		for (const citation of select(tree, 'a[data-footnote-ref]')) {
			const target = attr(citation, 'href').replace(/^#/, '');
			if (!ids.has(target)) problems.push(`${page}: citation → #${target} (no such reference)`);
		}
		for (const reference of select(tree, 'section.footnotes li[id]')) {
			const publisher = toString(select(reference, '.reference-publisher')[0] ?? reference);
			const linked =
				select(reference, 'a[href^="https://"]').length > 0 ||
				toString(reference).includes('Address not known');
			if (!select(reference, '.reference-publisher')[0] || publisher.trim() === '' || !linked) {
				problems.push(`${page}: reference #${attr(reference, 'id')} without publisher or address`);
			}
		}
		return problems;
	});
}

/** Site links and `#fragments` that lead to no file, or to no element with that id. */
export function findBrokenLinks(dist: DistReader): string[] {
	const idsOn = new Map<string, Set<string>>();
	const ids = (file: string) => {
		let found = idsOn.get(file);
		if (!found) {
			found = new Set(select(dist.readPage(file), '[id]').map((element) => attr(element, 'id')));
			idsOn.set(file, found);
		}
		return found;
	};
	const broken: string[] = [];
	for (const page of dist.listPages()) {
		const here = toSitePath(page);
		for (const link of select(dist.readPage(page), 'a[href], link[href]')) {
			const href = attr(link, 'href');
			if (/^(?:https?:|mailto:)/.test(href)) continue;
			const url = new URL(href, `https://site.invalid${here}`);
			if (!dist.exists(url.pathname)) {
				broken.push(`${here} → ${href} (no file)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			const target = url.pathname.endsWith('/') ? `${url.pathname.slice(1)}index.html` : '';
			if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
				broken.push(`${here} → ${href} (no element #${fragment})`);
			}
		}
	}
	return broken;
}

/** Every html-validate message on every page, with the project's .htmlvalidate.json. */
export async function findInvalidHtml(dist: DistReader): Promise<string[]> {
	const validator = new HtmlValidate(JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')));
	const problems: string[] = [];
	for (const page of dist.listPages()) {
		const report = await validator.validateString(dist.readText(page), page);
		for (const result of report.results) {
			for (const message of result.messages) {
				problems.push(
					`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
				);
			}
		}
	}
	return problems;
}

/** Scripts, stylesheets, images and frames loaded from another host. */
export function findForeignLoads(dist: DistReader): string[] {
	return dist.listPages().flatMap((page) =>
		select(dist.readPage(page), 'script[src], link[rel~="stylesheet"], img[src], iframe')
			.map((element) => attr(element, 'src') || attr(element, 'href'))
			.filter((url) => !/^\/(?!\/)/.test(url))
			.map((url) => `${page}: ${url}`),
	);
}

/** Words run together across an element boundary, as `page: before|after`. */
export function findGluedWordsOnPages(dist: DistReader): string[] {
	return dist
		.listPages()
		.flatMap((page) =>
			findGluedWords(dist.readPage(page)).map((pair) => `${page}: ${pair.join('|')}`),
		);
}

/** Pages that should exist but were not built, from the site paths that must have one. */
export function findMissingPages(dist: DistReader, paths: string[]): string[] {
	return paths.filter((path) => !dist.exists(path)).map((path) => `${path} (not built)`);
}
