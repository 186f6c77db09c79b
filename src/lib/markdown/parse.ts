/**
 * The one Markdown parser: CommonMark + GFM. The content gate checks the tree it returns and the
 * article renderer turns that same tree into HTML, so each body is parsed once per build.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown the way the site renders it (CommonMark + GFM), with positions. */
export function parseMarkdown(markdown: string): Root {
	return parser.parse(markdown);
}
