/**
 * What an article page adds around the body: the events and participants it covers as links,
 * previous and next articles, "how to cite this page", and its JSON-LD `NewsArticle`
 * (https://schema.org/NewsArticle) with `citation`, `dateModified` and `correction`.
 */
import { ARTICLE_KIND_LABELS, lastModified } from '../content/articles.ts';
import { buildArticleHistory, type HistoryEntry } from './article-history.ts';
import { toParticipantLinks, type ContentIndex, type Link } from '../content/content-index.ts';
import { formatDay, toIsoDate } from '../dates.ts';
import type { Article } from '../schema/article.ts';
import { toSourceTitle } from './source-list.ts';
import { formatTag } from './tags.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';
import { byWhen, toWhenView, type WhenView } from '../when.ts';

/** The site, as citations and JSON-LD name it. */
export interface SiteInfo {
	title: string;
	/** Origin, e.g. https://example.org */
	url: string;
	lang: string;
}

/** Everything an article page prints besides the article's own fields and body. */
export interface ArticlePage {
	kindLabel: string;
	/** Absolute URL of the page. */
	url: string;
	events: Array<Link & { when: WhenView }>;
	participants: Link[];
	tags: Link[];
	/** The next older article ("previous"), if any. */
	older?: Link;
	/** The next newer article ("next"), if any. */
	newer?: Link;
	/** "How to cite this page", as one line of text. */
	citation: string;
	/** The JSON-LD object, serialised safely for a `<script type="application/ld+json">`. */
	jsonLd: string;
	/** Publication, corrections and the other days the file changed, oldest first. */
	history: HistoryEntry[];
}

/**
 * A reference to the page in a common citation style:
 * `Paris Talks Tracker. "Title." Published 26 November 2026; updated 2 December 2026. https://…/`
 */
export function formatHowToCite(article: Article, url: string, siteTitle: string): string {
	const dates = article.updated
		? `Published ${formatDay(article.published)}; updated ${formatDay(article.updated)}.`
		: `Published ${formatDay(article.published)}.`;
	const title = /[.?!]$/.test(article.title) ? article.title : `${article.title}.`;
	return `${siteTitle}. “${title}” ${dates} ${url}`;
}

/** The schema.org NewsArticle for an article, as a plain object. */
export function toNewsArticle(
	index: ContentIndex,
	id: string,
	site: SiteInfo,
): Record<string, unknown> {
	const article = index.getArticle(id);
	const { data } = article;
	const url = toAbsoluteUrl(urls.article(id), site.url);
	const organisation = { '@type': 'Organization', name: site.title, url: site.url };
	const citation = index.citedByArticle(id).map((sourceId) => {
		const source = index.getSource(sourceId).data;
		return {
			'@type': 'CreativeWork',
			name: toSourceTitle(source),
			publisher: { '@type': 'Organization', name: source.publisher },
			...(source.url ? { url: source.url } : {}),
			...(source.published === 'unknown' ? {} : { datePublished: toIsoDate(source.published) }),
		};
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: data.title,
		description: data.standfirst,
		url,
		mainEntityOfPage: url,
		inLanguage: site.lang,
		articleSection: ARTICLE_KIND_LABELS[data.kind],
		datePublished: toIsoDate(data.published),
		dateModified: toIsoDate(lastModified(data)),
		...(data.tags.length > 0 ? { keywords: data.tags.map(formatTag) } : {}),
		author: organisation,
		publisher: organisation,
		...(citation.length > 0 ? { citation } : {}),
		...(data.corrections.length > 0
			? {
					correction: data.corrections.map((correction) => ({
						'@type': 'CorrectionComment',
						text: correction.note,
						datePublished: toIsoDate(correction.date),
					})),
				}
			: {}),
	};
}

/**
 * JSON for inside a `<script>` element: `<`, `>` and `&` are escaped so that text such as
 * "</script>" in a title cannot end the element, and U+2028/U+2029 so old parsers do not break.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/**
 * The article page around the body. `index.content.articles` must be newest first.
 * @param gitDates YYYY-MM-DD days git saw the article's file change (none without history)
 */
export function buildArticlePage(
	index: ContentIndex,
	id: string,
	site: SiteInfo,
	gitDates: readonly string[] = [],
): ArticlePage {
	const { data } = index.getArticle(id);
	const url = toAbsoluteUrl(urls.article(id), site.url);
	const { newer, older } = index.neighbours(id);
	const page: ArticlePage = {
		kindLabel: ARTICLE_KIND_LABELS[data.kind],
		url,
		events: data.events
			.map((eventId) => index.getEvent(eventId))
			.sort(byWhen)
			.map((event) => ({
				href: urls.event(event.id),
				label: event.data.title,
				when: toWhenView(event.data.when),
			})),
		participants: toParticipantLinks(index, data.participants),
		tags: data.tags.map((tag) => ({ href: urls.tag(tag), label: formatTag(tag) })),
		citation: formatHowToCite(data, url, site.title),
		jsonLd: serializeJsonLd(toNewsArticle(index, id, site)),
		history: buildArticleHistory(data, gitDates),
	};
	if (newer) page.newer = { href: urls.article(newer.id), label: newer.data.title };
	if (older) page.older = { href: urls.article(older.id), label: older.data.title };
	return page;
}
