/**
 * The site's feeds: which feeds a page offers, which articles each feed holds, and the feed files
 * themselves from one neutral model (`FeedChannel`). RSS 2.0 is written by @astrojs/rss and Atom
 * and JSON Feed by the `feed` package, so no XML is written by hand. Every date in a feed comes
 * from the content (never the build time), so rebuilding unchanged content gives the same files.
 */
import type { RSSOptions } from '@astrojs/rss';
import { Feed as FeedWriter } from 'feed';
import { escapeHtml } from './html.ts';
import { formatTag } from '../views/tags.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';

/** A feed a page offers, for autodiscovery links and "Subscribe" lists. */
export interface Feed {
	/** The name a feed reader gives the subscription, e.g. "Paris Talks Tracker: all articles (RSS)". */
	title: string;
	/** The visible link text in a "Subscribe" list, e.g. "RSS". */
	label: string;
	/** Site path of the feed, e.g. `/rss.xml`. */
	href: string;
	type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
}

/**
 * The most items one feed holds: the newest ones. Items carry the full article, so this bounds the
 * file a reader downloads at each poll; older articles stay on the site and in /data/articles.json.
 */
export const FEED_ITEM_LIMIT = 50;

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** One item of a feed, whatever the format. */
export interface FeedEntry {
	/** Absolute URL of the page; also the item's permanent id (RSS guid, Atom id, JSON Feed id). */
	link: string;
	title: string;
	/** Plain text: the standfirst of an article, the summary of an event. */
	summary: string;
	/** The full item as HTML with absolute links (see feed-html.ts). */
	contentHtml: string;
	published: Date;
	/** The day of the last substantive change, when there was one after `published`. */
	updated?: Date;
	/** Tags and participant names. */
	categories: string[];
}

/** One feed file, whatever the format. */
export interface FeedChannel {
	title: string;
	description: string;
	/** Absolute URL of the page the feed follows (home, a participant, a tag, the timeline). */
	link: string;
	/** Absolute URL of this feed file, for `atom:link rel="self"`. */
	self: string;
	/** BCP 47 language of every item, e.g. `en`. */
	language: string;
	/** Items, newest first. */
	entries: FeedEntry[];
}

/** The feeds of the whole site: every article in RSS, Atom and JSON Feed. */
export function getSiteFeeds(siteTitle: string): Feed[] {
	return [
		{
			title: `${siteTitle}: all articles (RSS)`,
			label: 'RSS',
			href: urls.rss(),
			type: 'application/rss+xml',
		},
		{
			title: `${siteTitle}: all articles (Atom)`,
			label: 'Atom',
			href: urls.atom(),
			type: 'application/atom+xml',
		},
		{
			title: `${siteTitle}: all articles (JSON Feed)`,
			label: 'JSON Feed',
			href: urls.jsonFeed(),
			type: 'application/feed+json',
		},
	];
}

interface ArticleRef {
	id: string;
	data: { participants: readonly string[]; tags: readonly string[] };
}

/** Articles about a participant, in the order given. */
export function getArticlesAbout<T extends ArticleRef>(
	articles: readonly T[],
	participantId: string,
): T[] {
	return articles.filter((article) => article.data.participants.includes(participantId));
}

/** Articles with a tag, in the order given. */
export function getArticlesTagged<T extends ArticleRef>(articles: readonly T[], tag: string): T[] {
	return articles.filter((article) => article.data.tags.includes(tag));
}

/** Ids of the participants that have a feed: those at least one article is about, sorted. */
export function getParticipantsWithFeeds(articles: readonly ArticleRef[]): string[] {
	return [...new Set(articles.flatMap((article) => article.data.participants))].sort();
}

/** Every tag used by an article, sorted; each has a feed. */
export function getTagsWithFeeds(articles: readonly ArticleRef[]): string[] {
	return [...new Set(articles.flatMap((article) => article.data.tags))].sort();
}

/**
 * The feed a participant's page offers: none when no article is about them yet, because an empty
 * feed would look broken in a reader; the feed appears with the first article.
 * @param articleCount how many articles list the participant in `participants`
 */
export function getParticipantFeeds(
	participant: { id: string; name: string },
	articleCount: number,
): Feed[] {
	if (articleCount === 0) return [];
	return [
		{
			title: `Articles about ${participant.name} (RSS)`,
			label: `Articles about ${participant.name} (RSS)`,
			href: urls.participantRss(participant.id),
			type: 'application/rss+xml',
		},
	];
}

/** The feed a tag's page offers (every tag comes from an article, so it always has one). */
export function getTagFeeds(tag: string): Feed[] {
	return [
		{
			title: `Articles tagged “${formatTag(tag)}” (RSS)`,
			label: `Articles tagged “${formatTag(tag)}” (RSS)`,
			href: urls.tagRss(tag),
			type: 'application/rss+xml',
		},
	];
}

/** The feed the timeline offers: new and changed events. */
export function getTimelineFeeds(): Feed[] {
	return [
		{
			title: 'Timeline: new and changed events (RSS)',
			label: 'New and changed events (RSS)',
			href: urls.timelineRss(),
			type: 'application/rss+xml',
		},
	];
}

/** The newest of the entries' last-change dates; the Unix epoch for a feed with no entries. */
export function getLastChange(entries: readonly FeedEntry[]): Date {
	const times = entries.map((entry) => (entry.updated ?? entry.published).getTime());
	return new Date(Math.max(0, ...times));
}

/** Keeps the newest `limit` entries (they come newest first). */
export function limitEntries(entries: readonly FeedEntry[], limit = FEED_ITEM_LIMIT): FeedEntry[] {
	return entries.slice(0, limit);
}

/**
 * Options for @astrojs/rss. `guid` is the item's link (the library marks it isPermaLink), dates are
 * written RFC 822 by `toUTCString`, and an updated item also gets `<atom:updated>` (ISO 8601), the
 * element Atom uses for the same date; python feedparser reads it as the item's `updated`.
 */
export function toRssOptions(channel: FeedChannel): RSSOptions {
	return {
		title: channel.title,
		description: channel.description,
		site: channel.link,
		xmlns: { atom: ATOM_NS },
		customData: [
			`<language>${escapeHtml(channel.language)}</language>`,
			`<lastBuildDate>${getLastChange(channel.entries).toUTCString()}</lastBuildDate>`,
			`<atom:link href="${escapeHtml(channel.self)}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		items: channel.entries.map((entry) => ({
			title: entry.title,
			link: entry.link,
			description: entry.summary,
			content: entry.contentHtml,
			pubDate: entry.published,
			categories: entry.categories,
			...(entry.updated
				? { customData: `<atom:updated>${entry.updated.toISOString()}</atom:updated>` }
				: {}),
		})),
	};
}

function toFeedWriter(channel: FeedChannel, site: string, siteTitle: string): FeedWriter {
	const writer = new FeedWriter({
		id: channel.link,
		title: channel.title,
		description: channel.description,
		link: channel.link,
		language: channel.language,
		updated: getLastChange(channel.entries),
		// No generator line: it would change with the library version and says nothing to readers.
		generator: false,
		feed: channel.self,
		feedLinks: { atom: channel.self, json: channel.self },
		author: { name: siteTitle, link: toAbsoluteUrl(urls.home(), site) },
		favicon: toAbsoluteUrl('/favicon.svg', site),
	});
	for (const entry of channel.entries) {
		writer.addItem({
			id: entry.link,
			link: entry.link,
			title: entry.title,
			description: entry.summary,
			content: entry.contentHtml,
			published: entry.published,
			date: entry.updated ?? entry.published,
			// Atom needs `term`; JSON Feed reads `name`.
			category: entry.categories.map((name) => ({ name, term: name })),
		});
	}
	return writer;
}

/** The Atom 1.0 file: each entry's `updated` is its last change, `published` its publication. */
export function toAtom(channel: FeedChannel, site: string, siteTitle: string): string {
	return toFeedWriter(channel, site, siteTitle).atom1();
}

/**
 * The JSON Feed 1.1 file (https://www.jsonfeed.org/version/1.1/). The `feed` package writes JSON
 * Feed 1.0; 1.1 differs only in the version URL, `authors` (a list) replacing `author`, and the new
 * `language`, so its output is upgraded here rather than written by hand.
 */
export function toJsonFeed(channel: FeedChannel, site: string, siteTitle: string): string {
	const version1 = JSON.parse(toFeedWriter(channel, site, siteTitle).json1()) as Record<
		string,
		unknown
	>;
	const { author, items, ...rest } = version1;
	return `${JSON.stringify(
		{
			...rest,
			version: 'https://jsonfeed.org/version/1.1',
			language: channel.language,
			...(author ? { authors: [author] } : {}),
			items,
		},
		null,
		'\t',
	)}\n`;
}
