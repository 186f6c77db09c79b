/**
 * The Markdown pipeline, in one place: astro.config.mjs passes it to `unified()` from
 * @astrojs/markdown-remark, and the tests run the same options through `createMarkdownProcessor`.
 * Astro adds GFM and SmartyPants itself, and runs these rehype plugins before its own heading ids.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { headingAnchorOptions } from './heading-anchors.ts';
import { remarkCitations, type RemarkCitationsOptions } from './remark-citations.ts';
import { remarkRehypeOptions } from './remark-rehype-options.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface MarkdownOptions {
	remarkPlugins: RemarkPlugins;
	rehypePlugins: RehypePlugins;
	remarkRehype: RemarkRehypeOptions;
}

/** Plugins and options for every Markdown file the site renders. */
export function markdownOptions(citations: RemarkCitationsOptions): MarkdownOptions {
	return {
		remarkPlugins: [
			// [^source-id] → numbered footnote with the source's details from content/sources/.
			[remarkCitations, citations],
		],
		rehypePlugins: [
			// Second safety layer after the content gate: only known-safe elements, attributes and web links.
			[rehypeSanitize, sanitizeSchema],
			// Trusted plugins run after sanitizing: heading ids, then a "#" link on each section heading.
			rehypeSlug,
			[rehypeAutolinkHeadings, headingAnchorOptions],
		],
		remarkRehype: remarkRehypeOptions,
	};
}
