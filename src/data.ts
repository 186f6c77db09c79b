/**
 * The only module that reads collections. Everything it returns is plain, sorted data; grouping and
 * formatting happen in src/lib. The content gate has already checked every file before Astro loads it
 * (see src/integrations/content-gate.ts), so references here always resolve.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArticleHistory, type HistoryEntry } from './lib/views/article-history.ts';
import { byPublishedDesc } from './lib/content/articles.ts';
import { readGitDates } from './node/git-history.ts';
import { toArticlePath } from './lib/repository.ts';
import type { Article } from './lib/schema/article.ts';

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

/**
 * An article's history: publication, corrections, and the other days its file changed in git.
 * Builds run from the project root; without git history (a tarball, a shallow clone) only the
 * article's own dates are shown.
 */
export function getArticleHistory(id: string, article: Article): HistoryEntry[] {
	return buildArticleHistory(article, readGitDates(toArticlePath(id), process.cwd()));
}
