/**
 * The built fixture site and small readers for its tests. Every expected value in tests/site/ is
 * written by hand from tests/fixture-site/content/, so it can be checked by reading those files.
 */
import type { Element, ElementContent } from 'hast';
import { expect } from 'vitest';
import { attr, openDist, select } from '../helpers/dist.ts';
import { FIXTURE_DIST } from '../helpers/fixture-site.ts';

/** The fixture site in tests/fixture-site/dist/. */
export const site = openDist(FIXTURE_DIST);

/** The site's origin, as in src/site.ts; feeds and downloads use absolute URLs. */
export const ORIGIN = 'https://paris-talks-tracker.github.io';

const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'code',
	'em',
	'i',
	'q',
	'small',
	'span',
	'strong',
	'sup',
	'time',
]);

function collect(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	const inner = node.children.map(collect).join('');
	return INLINE.has(node.tagName) ? inner : ` ${inner} `;
}

/**
 * An element's text as a reader sees it: block elements apart from each other (hast-util-to-string
 * would run "Corrections" and the first correction together), runs of white space made one space.
 */
export function text(element: Element | undefined): string {
	return element ? collect(element).replace(/\s+/g, ' ').trim() : '';
}

/** The one element matching `selector` on `page`; fails the test if there is not exactly one. */
export function one(page: string, selector: string): Element {
	const found = select(site.readPage(page), selector);
	expect(found, `${page} ${selector}`).toHaveLength(1);
	return found[0] as Element;
}

/** The texts of every element matching `selector` on `page` (or inside an element). */
export function texts(page: string | Element, selector: string): string[] {
	const root = typeof page === 'string' ? site.readPage(page) : page;
	return select(root, selector).map(text);
}

/** Every link target inside an element. */
export function hrefsIn(element: Element): string[] {
	return select(element, 'a[href]').map((link) => attr(link, 'href'));
}
