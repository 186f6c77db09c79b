/**
 * The site's feeds: which feeds a page offers, which articles each feed holds, and the feed files
 * themselves from one neutral model (`FeedChannel`). RSS 2.0, Atom and JSON Feed are all written
 * by the `feed` package, so no XML or feed JSON is written by hand. Every date in a feed comes
 * from the content (never the build time), so rebuilding unchanged content gives the same files.
 */
import { Feed as FeedWriter } from 'feed';
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

type Format = 'rss' | 'atom' | 'json';

function toFeedWriter(
	channel: FeedChannel,
	site: string,
	siteTitle: string,
	format: Format,
): FeedWriter {
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
		feedLinks: { [format]: channel.self },
		author: { name: siteTitle, link: toAbsoluteUrl(urls.home(), site) },
		favicon: toAbsoluteUrl('/favicon.svg', site),
	});
	for (const entry of channel.entries) {
		writer.addItem({
			// RSS: no id, so the guid is the link with isPermaLink="true"; Atom and JSON Feed need one.
			...(format === 'rss' ? {} : { id: entry.link }),
			link: entry.link,
			title: entry.title,
			description: entry.summary,
			content: entry.contentHtml,
			published: entry.published,
			date: entry.updated ?? entry.published,
			// Atom needs `term`; RSS and JSON Feed read `name`.
			category: entry.categories.map((name) => ({ name, term: name })),
			// RSS has one item date (pubDate, the publication); an updated item also gets Atom's
			// <atom:updated>, which python feedparser reads as the item's `updated`.
			...(format === 'rss' && entry.updated
				? {
						extensions: [{ name: 'atom:updated', objects: { _text: entry.updated.toISOString() } }],
					}
				: {}),
		});
	}
	return writer;
}

/**
 * The RSS 2.0 file: guid is the item's link (isPermaLink), dates are RFC 822, `content:encoded`
 * holds the full item, and `atom:link rel="self"` names the file.
 */
export function toRss(channel: FeedChannel, site: string, siteTitle: string): string {
	return toFeedWriter(channel, site, siteTitle, 'rss').rss2();
}

/** The Atom 1.0 file: each entry's `updated` is its last change, `published` its publication. */
export function toAtom(channel: FeedChannel, site: string, siteTitle: string): string {
	return toFeedWriter(channel, site, siteTitle, 'atom').atom1();
}

/**
 * The JSON Feed file, as the `feed` package writes it (https://www.jsonfeed.org/version/1/):
 * `date_published` and `date_modified` per item, `content_html` with the full item.
 */
export function toJsonFeed(channel: FeedChannel, site: string, siteTitle: string): string {
	return `${toFeedWriter(channel, site, siteTitle, 'json').json1()}\n`;
}
