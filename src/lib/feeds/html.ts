/**
 * HTML for feed items. A feed reader shows an item away from the site, usually with no base URL
 * (RSS has none, and readers ignore xml:base unevenly), so every link in it must be absolute:
 * `/timeline/` must become `https://…/timeline/` and a citation's `#user-content-fn-x` must point
 * at the article page, not at the reader's own page.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** hast names of the attributes that hold a URL in the HTML the article pipeline can produce. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'poster', 'action', 'formAction'] as const;

/** Class of the "#" link the heading-anchor plugin appends to each section heading. */
const HEADING_ANCHOR_CLASS = 'heading-anchor';

const serializer = unified().use(rehypeStringify);

/**
 * Resolves one URL against the page it appears on: `#x` → page URL + `#x`, `/a/` → origin + `/a/`,
 * and absolute URLs (https:, mailto:) unchanged. Text that is not a URL is returned as it is.
 */
export function toAbsoluteHref(href: string, pageUrl: string): string {
	try {
		return new URL(href, pageUrl).href;
	} catch {
		return href;
	}
}

function isHeadingAnchor(node: Element): boolean {
	const className = node.properties['className'];
	return Array.isArray(className) && className.includes(HEADING_ANCHOR_CLASS);
}

/**
 * Makes an HTML fragment fit for a feed item: every URL attribute absolute against `pageUrl`, and
 * the "#" section links removed (on the page they let a reader copy a link to a section; in a
 * reader they are a stray "#" after each heading). Citations, references and their back-links stay.
 * @param html an HTML fragment, e.g. an article's rendered body
 * @param pageUrl the absolute URL of the page the fragment comes from
 */
export function toFeedHtml(html: string, pageUrl: string): string {
	const key = `${pageUrl}\n${html}`;
	const cached = converted.get(key);
	if (cached !== undefined) return cached;
	const result = convert(html, pageUrl);
	// Bounded, so a long `astro dev` session that keeps editing articles cannot grow it forever.
	if (converted.size >= MAX_CONVERTED) converted.clear();
	converted.set(key, result);
	return result;
}

/**
 * The same article goes into the site feeds, its tag feeds and its participants' feeds: about 90
 * items for 4 articles. Converting each body once instead of once per feed saves a parse per item.
 */
const converted = new Map<string, string>();
const MAX_CONVERTED = 500;

function convert(html: string, pageUrl: string): string {
	const tree: Root = fromHtml(html, { fragment: true });
	visit(tree, 'element', (node: Element, index, parent) => {
		if (isHeadingAnchor(node) && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		for (const name of URL_PROPERTIES) {
			const value = node.properties[name];
			if (typeof value === 'string') node.properties[name] = toAbsoluteHref(value, pageUrl);
		}
		return undefined;
	});
	return serializer.stringify(tree);
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

export type { RootContent };
