/**
 * Turns a parsed article body (the mdast tree the content gate already checked) into the page's
 * HTML, with citations resolved from the sources already loaded. The plugins, in order, with why:
 * - remark-smartypants: typographic quotes and dashes, as Astro's own Markdown does by default;
 * - remarkCitations: `[^source-id]` → numbered footnote built from the source's entry;
 * - remark-rehype: footnotes become the "References" list (options in remark-rehype-options.ts);
 * - rehype-sanitize: a second safety layer after the gate: known-safe elements and web links only;
 * - rehype-slug, then rehype-autolink-headings: heading ids and a "#" link on section headings;
 * - rehypeHeadingIds (Astro's): collects the headings for `render(entry).headings`.
 * No raw HTML pass: the gate refuses raw HTML, and sanitizing drops any that slipped through.
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { headingAnchorOptions } from './heading-anchors.ts';
import { remarkCitations, type RemarkCitationsOptions } from './remark-citations.ts';
import { remarkRehypeOptions } from './remark-rehype-options.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** A rendered body: the HTML the page prints, and its headings. */
export interface RenderedBody {
	html: string;
	headings: MarkdownHeading[];
}

/** Renders one checked body (and uses up its tree); throws if it cites an unknown source (the gate rules that out). */
export type BodyRenderer = (tree: Root, path?: string) => Promise<RenderedBody>;

/** The renderer for article bodies; `getSource` answers from the sources already loaded. */
export function createBodyRenderer(options: RemarkCitationsOptions): BodyRenderer {
	const processor = unified()
		.use(remarkSmartypants)
		.use(remarkCitations, options)
		.use(remarkRehype, remarkRehypeOptions)
		.use(rehypeSanitize, sanitizeSchema)
		.use(rehypeSlug)
		.use(rehypeAutolinkHeadings, headingAnchorOptions)
		.use(rehypeHeadingIds)
		.use(rehypeStringify);
	return async (tree, path) => {
		const file = new VFile(path === undefined ? {} : { path });
		// The plugins change the tree in place: it is used up, as the loader renders each tree once.
		const hast: HastRoot = await processor.run(tree, file);
		const html = processor.stringify(hast, file);
		const astro = file.data['astro'] as { headings?: MarkdownHeading[] } | undefined;
		return { html, headings: astro?.headings ?? [] };
	};
}
