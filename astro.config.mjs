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
	// plugins listed in src/lib/markdown/render.ts; no Markdown goes through Astro's own processor,
	// so its syntax highlighter (Shiki, whose inline styles a CSP would block) is switched off.
	markdown: { syntaxHighlight: false },
});
