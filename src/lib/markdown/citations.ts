/**
 * How an article cites a source: `[^source-id]`, a GFM footnote reference with no definition.
 * A GFM parser leaves such a reference as plain text, so both the content gate and the citation
 * plugin look for this pattern in text nodes; they share it from here.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** `[^label]`; the label is checked separately so a malformed one gets its own message. */
export const CITATION_PATTERN = /\[\^([^\]\n]*)\]/g;

export interface CitationMatch {
	/** The label as written, e.g. `ap-2025-03-10-preview`. */
	label: string;
	/** 1-based line within the Markdown text, when the parser recorded positions. */
	line?: number;
}

/** Lists the citations in text nodes, in reading order; code spans and blocks are not text. */
export function findCitations(tree: Root): CitationMatch[] {
	const found: CitationMatch[] = [];
	visit(tree, 'text', (node: Text) => {
		for (const match of node.value.matchAll(CITATION_PATTERN)) {
			const before = node.value.slice(0, match.index);
			const line = node.position
				? node.position.start.line + before.split('\n').length - 1
				: undefined;
			found.push(line === undefined ? { label: match[1] ?? '' } : { label: match[1] ?? '', line });
		}
	});
	return found;
}
