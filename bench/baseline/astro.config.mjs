// @ts-check
// A bare Astro site for `npm run bench` to compare the project with: one collection, a list page,
// one page per article and an RSS feed, Markdown through the same remark/rehype processor with
// no plugins of ours (Astro adds GFM and SmartyPants). The bench copies this folder to a temporary
// directory and writes the same synthetic articles into its content/articles/.
// https://docs.astro.build/en/reference/configuration-reference/
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.org',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: { processor: unified() },
});
