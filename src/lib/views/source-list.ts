/**
 * The sources page: every source with its type, publisher, date and links, where it is cited, and
 * the blocked-domains policy.
 */
import {
	toSourceLabel,
	type CitedIn,
	type ContentIndex,
	type Item,
	type Link,
} from '../content/content-index.ts';
import { toWaybackLookupUrl } from '../archive/wayback-urls.ts';
import { formatDay, parseIsoDate, toIsoDate } from '../dates.ts';
import type { Source, SourceType } from '../schema/source.ts';
import { SOURCE_TYPE_LABELS } from '../sources.ts';
import { ITEM_ARTICLE_LIMIT, takeFirst } from './pagination.ts';

/** One source as /sources/ prints it. */
export interface SourceView {
	/** The source id, also the element id that `urls.source(id)` points at. */
	id: string;
	/** "AP (via WKMG)". */
	label: string;
	publisher: string;
	via?: string;
	/** The title, in curly quotes when it is the document's own headline. */
	title: string;
	type: SourceType;
	typeLabel: string;
	/** Undefined when the publication date is unknown. */
	published?: { text: string; datetime: string };
	accessed: { text: string; datetime: string };
	url: string | null;
	archived: string | null;
	/** A Wayback Machine search for the original, while no archived copy is recorded. */
	lookup?: string;
	language: string;
	note?: string;
	/** Where the source is cited; only the newest ITEM_ARTICLE_LIMIT articles are listed. */
	citedIn: CitedIn;
	/** How many more articles cite it. */
	moreArticles: number;
	/** How many places cite it, across articles, events, claims and participants. */
	citationCount: number;
}

/** A blocked domain, with the reason. */
export interface BlockedDomainView {
	domain: string;
	reason: string;
	/** When it was added, when recorded. */
	since?: { text: string; datetime: string };
	/** Pages documenting the reason, labelled with their host name. */
	references: Link[];
}

/** The title as printed: quoted when it is the document's own headline. */
export function toSourceTitle(source: Source): string {
	return source.titleIsQuoted ? `“${source.title}”` : source.title;
}

/** A source, ready to print. */
export function toSourceView(index: ContentIndex, source: Item<Source>): SourceView {
	const { data } = source;
	const citedIn = index.citedIn(source.id);
	const articles = takeFirst(citedIn.articles, ITEM_ARTICLE_LIMIT);
	const view: SourceView = {
		id: source.id,
		label: toSourceLabel(data),
		publisher: data.publisher,
		title: toSourceTitle(data),
		type: data.type,
		typeLabel: SOURCE_TYPE_LABELS[data.type],
		accessed: { text: formatDay(data.accessed), datetime: toIsoDate(data.accessed) },
		url: data.url,
		archived: data.archived,
		language: data.language,
		citedIn: { ...citedIn, articles: articles.items },
		moreArticles: articles.more,
		citationCount:
			citedIn.articles.length +
			citedIn.events.length +
			citedIn.claims.length +
			citedIn.participants.length,
	};
	if (data.via) view.via = data.via;
	if (data.archived === null && data.url !== null) view.lookup = toWaybackLookupUrl(data.url);
	if (data.published !== 'unknown') {
		view.published = { text: formatDay(data.published), datetime: toIsoDate(data.published) };
	}
	if (data.note) view.note = data.note;
	return view;
}

/** Every source, by publisher, then title, then id (case- and accent-insensitive). */
export function buildSourceList(index: ContentIndex): SourceView[] {
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	return [...index.content.sources]
		.sort(
			(a, b) =>
				collator.compare(a.data.publisher, b.data.publisher) ||
				collator.compare(a.data.title, b.data.title) ||
				a.id.localeCompare(b.id),
		)
		.map((source) => toSourceView(index, source));
}

/** Each source type counted in running text, singular and plural. */
const TYPE_COUNT_WORDS: Record<SourceType, [string, string]> = {
	official: ['official source', 'official sources'],
	wire: ['wire report', 'wire reports'],
	outlet: ['news outlet', 'news outlets'],
	aggregator: ['aggregator', 'aggregators'],
	mirror: ['copy on another site', 'copies on other sites'],
};

/**
 * How many sources of each type, in the order of SOURCE_TYPE_LABELS, leaving out zeros; `text`
 * reads "2 official sources".
 */
export function countByType(
	sources: readonly SourceView[],
): Array<{ type: SourceType; count: number; text: string }> {
	return (Object.keys(SOURCE_TYPE_LABELS) as SourceType[]).flatMap((type) => {
		const count = sources.filter((source) => source.type === type).length;
		const [one, many] = TYPE_COUNT_WORDS[type];
		return count > 0 ? [{ type, count, text: `${count} ${count === 1 ? one : many}` }] : [];
	});
}

/** The blocked-domains policy, by domain. */
export function buildBlockedDomains(index: ContentIndex): BlockedDomainView[] {
	return [...index.content.blockedDomains]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ data }) => {
			const view: BlockedDomainView = {
				domain: data.id,
				reason: data.reason,
				references: data.references.map((href) => ({ href, label: new URL(href).hostname })),
			};
			const since = data.since ? parseIsoDate(data.since) : undefined;
			if (since) view.since = { text: formatDay(since), datetime: toIsoDate(since) };
			return view;
		});
}
