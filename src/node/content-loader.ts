/**
 * The content loader: one pipeline from content/ to Astro's data store. Each file is read, parsed
 * and validated once per build, by the content gate (src/lib/gate/), which reports every problem in
 * every collection at once; the loader stores what the gate validated (no second validation by
 * Astro) and renders each article body from the tree the gate already parsed, with citations
 * resolved from the sources the gate loaded — nothing is read from disk twice.
 * https://docs.astro.build/en/reference/content-loader-reference/
 *
 * A rendered article is kept between builds while its digest holds: its file, the sources it
 * cites and the Markdown plugins' code. So an edited source re-renders the articles citing it, and
 * nothing else.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { ArticleEntry, Entry } from '../lib/content/entries.ts';
import type { CollectionName } from '../lib/content/layout.ts';
import { parseMarkdown } from '../lib/markdown/parse.ts';
import { createBodyRenderer, type BodyRenderer } from '../lib/markdown/render.ts';
import type { Source } from '../lib/schema/source.ts';
import { digestFiles } from './files-digest.ts';
import { getGateRun, setGateRun } from './gate-state.ts';
import { runGate, type GateOptions, type GateRun } from './run-gate.ts';

/** The name `refreshContent({ loaders })` uses to reload every collection after an edit. */
export const CONTENT_LOADER_NAME = 'paris-talks-tracker:content';

/** What an article carries beside its data: derived once by the gate, stored with its HTML. */
export interface ArticleMetadata {
	/** Source ids the body cites, in order of first citation. */
	citedSources: string[];
}

type StoredCollection = CollectionName | 'blockedDomains';

let pluginsDigest: string | undefined;

/** The Markdown plugins' own code, read once per process: a changed plugin re-renders every article. */
function getPluginsDigest(): string {
	return (pluginsDigest ??= digestFiles([
		fileURLToPath(new URL('../lib/markdown/', import.meta.url)),
	]));
}

/**
 * The gate's latest run over `root`, and whether the content-gate integration made it (and so has
 * reported its problems); made now if it has not.
 */
function currentRun(root: string, options: GateOptions): { run: GateRun; reported: boolean } {
	const held = getGateRun(root);
	if (held) return { run: held, reported: true };
	const run = runGate(root, options);
	setGateRun(root, run);
	return { run, reported: false };
}

/** One loader per collection, all fed by the same gate run. */
export function contentLoader(collection: StoredCollection, options: GateOptions): Loader {
	return {
		name: CONTENT_LOADER_NAME,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const { run, reported } = currentRun(root, options);
			if (run.failed) {
				if (!reported) throw new Error(`${run.lines.join('\n')}\n${run.summary}`);
				// The integration has printed the problems, stopped a build and, under `astro dev`,
				// shows them in the browser: keep what was stored until they are fixed. A dev server
				// that starts with errors stores the entries that are valid, so Astro does not also
				// warn that the collections are empty.
				if (context.store.keys().length > 0) return;
			}
			const entries = run.result.content[collection] as ReadonlyArray<Entry<object>>;
			if (collection === 'articles') {
				await storeArticles(context, run, entries as readonly ArticleEntry[]);
			} else {
				replaceAll(context, entries, (entry) => {
					context.store.set({
						id: entry.id,
						data: entry.data as Record<string, unknown>,
						filePath: entry.file,
						digest: context.generateDigest(JSON.stringify(entry.data)),
					});
				});
			}
		},
	};
}

/** Stores `entries` and removes stored entries whose file is gone. */
function replaceAll<T extends { id: string }>(
	context: LoaderContext,
	entries: readonly T[],
	store: (entry: T) => void,
): void {
	const ids = new Set(entries.map((entry) => entry.id));
	for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
	for (const entry of entries) store(entry);
}

async function storeArticles(
	context: LoaderContext,
	run: GateRun,
	articles: readonly ArticleEntry[],
): Promise<void> {
	const sources = new Map(run.result.content.sources.map((entry) => [entry.id, entry.data]));
	let render: BodyRenderer | undefined;
	const plugins = getPluginsDigest();
	const ids = new Set(articles.map((article) => article.id));
	for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
	// One article at a time: each tree is rendered, then dropped, so memory follows one article.
	for (const article of articles) {
		const { tree } = article;
		article.tree = undefined;
		const cited = article.citedSources.map((id) => sources.get(id));
		const digest = context.generateDigest(
			JSON.stringify([article.data, article.body, cited, plugins]),
		);
		if (context.store.get(article.id)?.digest === digest) continue;
		render ??= createBodyRenderer({ getSource: (id): Source | undefined => sources.get(id) });
		// The tree is gone only if this run's entries were stored once already (a second sync with
		// no new gate run): parse the checked body again rather than fail.
		const { html, headings } = await render(tree ?? parseMarkdown(article.body), article.file);
		const metadata: ArticleMetadata = { citedSources: article.citedSources };
		context.store.set({
			id: article.id,
			data: article.data as unknown as Record<string, unknown>,
			body: article.body,
			filePath: article.file,
			digest,
			rendered: { html, metadata: { headings, ...metadata } },
		});
	}
}
