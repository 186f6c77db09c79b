/**
 * Text checks on built pages. Astro drops whitespace that contains a line break between text and an
 * element, so "See\n<a>how</a>" is built as "Seehow"; this finds such words run together.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';

const INLINE = new Set([
	'a',
	'span',
	'strong',
	'em',
	'b',
	'i',
	'time',
	'q',
	'code',
	'abbr',
	'mark',
	'small',
]);

function isInline(node: ElementContent): boolean {
	return node.type === 'text' || (node.type === 'element' && INLINE.has(node.tagName));
}

function textOf(node: ElementContent): string {
	return node.type === 'text' ? node.value : toString(node);
}

/** Pairs of neighbouring inline texts with no space between, e.g. `["See", "how to…"]`. */
export function findGluedWords(tree: Root | Element): Array<[string, string]> {
	const found: Array<[string, string]> = [];
	const visit = (node: Root | Element) => {
		const children = node.children as ElementContent[];
		children.forEach((child, position) => {
			const next = children[position + 1];
			if (
				next &&
				isInline(child) &&
				isInline(next) &&
				!(child.type === 'text' && next.type === 'text')
			) {
				const before = textOf(child);
				const after = textOf(next);
				if (/[\p{L}\p{N}.,;:)”’"]$/u.test(before) && /^[\p{L}\p{N}(“‘"·]/u.test(after)) {
					found.push([before.slice(-30), after.slice(0, 30)]);
				}
			}
			if (child.type === 'element') visit(child);
		});
	};
	visit(tree);
	return found;
}
