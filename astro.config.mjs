// @ts-check
// https://docs.astro.build/en/reference/configuration-reference/
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGate } from './src/integrations/content-gate.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	site: SITE.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		// Checks all of content/ once before Astro loads it, and fails the build with every problem
		// listed; the content loader then stores what it validated (src/node/content-loader.ts).
		contentGate({ timeZone: SITE.timeZone, launched: SITE.launched }),
		// sitemap-index.xml and sitemap-0.xml listing every page; /robots.txt points at the index.
		// https://docs.astro.build/en/guides/integrations-guide/sitemap/
		sitemap(),
		// Search index in dist/pagefind/ after the pages are written (see src/integrations/pagefind.ts).
		pagefind({ forceLanguage: SITE.lang }),
	],
	// Article bodies are rendered by the content loader from the tree the gate parsed, through the
	// plugins listed in src/lib/markdown/render.ts; no Markdown goes through Astro's own processor.
});
