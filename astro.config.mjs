// @ts-check
// https://docs.astro.build/en/reference/configuration-reference/
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGate } from './src/integrations/content-gate.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { markdownOptions } from './src/lib/markdown/pipeline.ts';
import { digestFiles } from './src/node/files-digest.ts';
import { createSourceLookup } from './src/node/source-lookup.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	site: SITE.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	security: {
		// Every page carries its Content-Security-Policy in a <meta http-equiv> tag, with a hash for
		// each script and style Astro emits, so the policy holds on any host, GitHub Pages included.
		// What a meta tag cannot carry (frame-ancestors) and the other security headers are in
		// public/_headers, for the hosts that read it. See the README, "Security policy".
		// https://docs.astro.build/en/reference/configuration-reference/#securitycsp
		csp: {
			directives: [
				// Everything comes from this site; nothing from another host.
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly index; it allows
				// no eval() of JavaScript. Astro adds the hashes of its inline scripts after these.
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
		},
	},
	integrations: [
		// Fails the build on any content problem, with every problem listed (see src/lib/gate/).
		contentGate({ timeZone: SITE.timeZone, launched: SITE.launched }),
		// sitemap-index.xml and sitemap-0.xml listing every page; /robots.txt points at the index.
		// https://docs.astro.build/en/guides/integrations-guide/sitemap/
		sitemap(),
		// Search index in dist/pagefind/ after the pages are written (see src/integrations/pagefind.ts).
		pagefind({ forceLanguage: SITE.lang }),
	],
	markdown: {
		// remark and rehype rather than the default Sätteri processor, which cannot run plugins.
		// The plugin list, with a comment per plugin, is in src/lib/markdown/pipeline.ts.
		processor: unified(
			markdownOptions({
				getSource: createSourceLookup('content/sources'),
				// Re-render articles when a cited source or a plugin changes, not only their own file.
				cacheKey: digestFiles(['content/sources', 'src/lib/markdown']),
			}),
		),
	},
});
