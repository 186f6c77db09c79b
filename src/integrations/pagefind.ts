/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the pages, so
 * `npm run build` (astro build) always ships a search index that matches the pages. Only elements
 * marked `data-pagefind-body` are indexed (BaseLayout puts it on <main>, except on the search page
 * and the 404), so headers and footers do not pollute results.
 * https://pagefind.app/docs/node-api/ · https://docs.astro.build/en/reference/integrations-reference/#astrobuilddone
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** The integration; `forceLanguage` indexes every page as that language (the site is one language). */
export function pagefind(options: { forceLanguage: string }): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex({ forceLanguage: options.forceLanguage });
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(`indexed ${added.page_count} pages into ${site}pagefind/`);
				} catch (error) {
					throw new Error(
						`Pagefind could not build the search index: ${error instanceof Error ? error.message : String(error)}. Check that the pagefind package installed its binary (npm ci).`,
						{ cause: error },
					);
				} finally {
					await close();
				}
			},
		},
	};
}
