/** Ordering and lookups over articles, as plain data. */
import type { Article } from '../schema/article.ts';

interface Dated {
	id: string;
	data: Pick<Article, 'published' | 'updated'>;
}

/** Newest first by published date; ties broken by id so the order never depends on file-system order. */
export function byPublishedDesc(a: Dated, b: Dated): number {
	return b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);
}

/** The date an article last changed: its update date, or its publication date. */
export function lastModified(article: Pick<Article, 'published' | 'updated'>): Date {
	return article.updated ?? article.published;
}

/** The label readers see for each kind of article. */
export const ARTICLE_KIND_LABELS: Record<Article['kind'], string> = {
	preview: 'Preview',
	report: 'Report',
	analysis: 'Analysis',
	explainer: 'Explainer',
};
