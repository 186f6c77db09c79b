/**
 * HTML for feed items, built as a tree (hast) and serialised once. A feed reader shows an item
 * away from the site, usually with no base URL (RSS has none, and readers ignore xml:base
 * unevenly), so every link in it must be absolute: `/timeline/` must become `https://…/timeline/`
 * and a citation's `#user-content-fn-x` must point at the article page, not the reader's own page.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** hast names of the attributes that hold a URL in the HTML the article pipeline can produce. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'poster', 'action', 'formAction'] as const;

/** Class of the "#" link the heading-anchor plugin appends to each section heading. */
const HEADING_ANCHOR_CLASS = 'heading-anchor';

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

/** The nodes of an HTML fragment, e.g. an article's rendered body, to put in a feed item's tree. */
export function fromHtmlFragment(html: string): ElementContent[] {
	return fromHtml(html, { fragment: true }).children as ElementContent[];
}

/**
 * Serialises a feed item's tree: every URL attribute absolute against `pageUrl`, and the "#"
 * section links removed (on the page they let a reader copy a link to a section; in a reader they
 * are a stray "#" after each heading). Citations, references and their back-links stay.
 * @param nodes the item's content; changed in place
 * @param pageUrl the absolute URL of the page the item stands for
 */
export function toFeedHtml(nodes: ElementContent[], pageUrl: string): string {
	const tree: Root = { type: 'root', children: nodes };
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
	return toHtml(tree);
}
