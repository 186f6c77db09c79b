/**
 * The only module that reads collections, and the one place route data is computed: every page
 * and endpoint asks `getSiteData()`, which in a build loads the collections, sorts them and builds
 * the content index once, and answers each article's history from one `git log` for all of them.
 * Under `astro dev` content changes between requests, so it is computed per request there.
 */
import { getCollection } from 'astro:content';
import type { ArticleMetadata } from './node/content-loader.ts';
import { readArticleGitDates } from './node/git-history.ts';
import { byPublishedDesc } from './lib/content/articles.ts';
import { indexContent, type Content, type ContentIndex } from './lib/content/content-index.ts';
import { CONTENT_DIR, COLLECTIONS } from './lib/content/layout.ts';
import type { Dataset, DatasetRows } from './lib/export/datasets.ts';
import { createArticleItems, type ArticleItems } from './lib/feeds/channels.ts';
import { toArticlePath } from './lib/repository.ts';
import { SITE } from './site.ts';

/** Everything routes read: the content as plain sorted arrays, its index, and git's dates. */
export interface SiteData {
	content: Content;
	index: ContentIndex;
	/** YYYY-MM-DD days each article's file changed in git, newest first (none without history). */
	gitDates(articleId: string): readonly string[];
	/** A download's rows, built once and shared by its JSON, its CSV and the /data/ page. */
	rowsOf(dataset: Dataset): DatasetRows;
	/** Each article's feed item, converted once however many feeds hold it. */
	feedItems: ArticleItems;
}

let built: Promise<SiteData> | undefined;

/** The site's data, computed once per build. */
export function getSiteData(): Promise<SiteData> {
	if (import.meta.env.DEV) return loadSiteData();
	return (built ??= loadSiteData());
}

async function loadSiteData(): Promise<SiteData> {
	const [articles, events, participants, sources, claims, blockedDomains] = await Promise.all([
		getCollection('articles'),
		getCollection('events'),
		getCollection('participants'),
		getCollection('sources'),
		getCollection('claims'),
		getCollection('blockedDomains'),
	]);
	const content: Content = {
		articles: articles
			.map((entry) => {
				const metadata = entry.rendered?.metadata as ArticleMetadata | undefined;
				return {
					id: entry.id,
					data: entry.data,
					citedSources: metadata?.citedSources ?? [],
					html: entry.rendered?.html,
				};
			})
			.sort(byPublishedDesc),
		events,
		participants,
		sources,
		claims,
		blockedDomains,
	};
	const folder = `${CONTENT_DIR}/${COLLECTIONS.articles.folder}`;
	const dates = readArticleGitDates(folder, process.cwd());
	const rows = new Map<Dataset, DatasetRows>();
	const index = indexContent(content);
	return {
		content,
		index,
		feedItems: createArticleItems(index, SITE),
		gitDates: (id) => dates.get(toArticlePath(id)) ?? [],
		rowsOf: (dataset) => {
			let built = rows.get(dataset);
			if (!built) rows.set(dataset, (built = dataset.toRows(content, SITE.url)));
			return built;
		},
	};
}
