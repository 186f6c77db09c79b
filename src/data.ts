/**
 * The only module that reads collections. Everything it returns is plain, sorted data; grouping and
 * formatting happen in src/lib. The content gate has already checked every file before Astro loads it
 * (see src/integrations/content-gate.ts), so references here always resolve.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byPublishedDesc } from './lib/articles.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All articles, newest first. */
export async function getArticles(): Promise<ArticleEntry[]> {
	return (await getCollection('articles')).sort(byPublishedDesc);
}

/** Every collection as plain arrays of `{ id, data }`, for pages that cross-reference. */
export async function getContent() {
	const [articles, events, participants, sources, claims, blockedDomains] = await Promise.all([
		getArticles(),
		getCollection('events'),
		getCollection('participants'),
		getCollection('sources'),
		getCollection('claims'),
		getCollection('blockedDomains'),
	]);
	return { articles, events, participants, sources, claims, blockedDomains };
}
