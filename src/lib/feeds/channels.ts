/**
 * Every feed of the site as a `FeedChannel`, from the content index built once per build. Each
 * feed takes its newest FEED_ITEM_LIMIT items from a list that is already in order, and only those
 * are converted to feed HTML, so a feed's cost follows its limit, not the size of the site. An
 * article's item is the same in every feed it appears in; `createArticleItems` makes each once.
 */
import type { ArticleItem, ContentIndex } from '../content/content-index.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';
import { formatTag } from '../views/tags.ts';
import { toArticleEntry, toEventEntries } from './items.ts';
import { FEED_ITEM_LIMIT, type FeedChannel, type FeedEntry } from './writers.ts';

/** The site constants a feed needs (src/site.ts's SITE). */
export interface FeedSite {
	url: string;
	title: string;
	description: string;
	lang: string;
}

/** Gives an article's feed item, converting its body the first time it is asked for. */
export type ArticleItems = (article: ArticleItem) => FeedEntry;

/** The article items of one build: each article converted at most once, however many feeds hold it. */
export function createArticleItems(index: ContentIndex, site: FeedSite): ArticleItems {
	const made = new Map<string, FeedEntry>();
	const nameOf = (id: string) => index.getParticipant(id).data.name;
	return (article) => {
		let entry = made.get(article.id);
		if (!entry) {
			if (article.html === undefined) {
				throw new Error(
					`article "${article.id}" has no rendered HTML — is content/articles/${article.id}.md a Markdown file?`,
				);
			}
			entry = toArticleEntry(
				{ id: article.id, data: article.data, html: article.html },
				nameOf,
				site.url,
			);
			made.set(article.id, entry);
		}
		return entry;
	};
}

function articleChannel(
	articles: readonly ArticleItem[],
	items: ArticleItems,
	site: FeedSite,
	channel: Pick<FeedChannel, 'title' | 'description' | 'link' | 'self'>,
): FeedChannel {
	// Lists from the index are newest first: cut first, then convert.
	return {
		...channel,
		language: site.lang,
		entries: articles.slice(0, FEED_ITEM_LIMIT).map(items),
	};
}

/**
 * The newest articles: the channel of /rss.xml, /atom.xml and /feed.json.
 * @param selfPath the file's own path, e.g. urls.atom(), for its self link
 */
export function getSiteChannel(
	index: ContentIndex,
	items: ArticleItems,
	site: FeedSite,
	selfPath: string,
): FeedChannel {
	return articleChannel(index.content.articles, items, site, {
		title: site.title,
		description: site.description,
		link: toAbsoluteUrl(urls.home(), site.url),
		self: toAbsoluteUrl(selfPath, site.url),
	});
}

/** Ids of the participants that have a feed: those at least one article is about, sorted. */
export function getParticipantsWithFeeds(index: ContentIndex): string[] {
	return index.content.participants
		.filter((participant) => index.articlesAboutParticipant(participant.id).length > 0)
		.map((participant) => participant.id)
		.sort();
}

/** The newest articles about one participant: /participants/<id>/rss.xml. */
export function getParticipantChannel(
	index: ContentIndex,
	items: ArticleItems,
	participantId: string,
	site: FeedSite,
): FeedChannel {
	const { name } = index.getParticipant(participantId).data;
	return articleChannel(index.articlesAboutParticipant(participantId), items, site, {
		title: `${site.title}: ${name}`,
		description: `Articles about ${name} on ${site.title}.`,
		link: toAbsoluteUrl(urls.participant(participantId), site.url),
		self: toAbsoluteUrl(urls.participantRss(participantId), site.url),
	});
}

/** The newest articles with one tag: /tags/<tag>/rss.xml. */
export function getTagChannel(
	index: ContentIndex,
	items: ArticleItems,
	tag: string,
	site: FeedSite,
): FeedChannel {
	return articleChannel(index.articlesTagged(tag), items, site, {
		title: `${site.title}: ${formatTag(tag)}`,
		description: `Articles tagged “${formatTag(tag)}” on ${site.title}.`,
		link: toAbsoluteUrl(urls.tag(tag), site.url),
		self: toAbsoluteUrl(urls.tagRss(tag), site.url),
	});
}

/** Newest checked timeline events: /timeline/rss.xml (see items.ts for the dates). */
export function getTimelineChannel(index: ContentIndex, site: FeedSite): FeedChannel {
	const nameOf = (id: string) => index.getParticipant(id).data.name;
	const sourceOf = (id: string) => index.getSource(id).data;
	return {
		title: `${site.title}: timeline`,
		description: `New and changed events on the ${site.title} timeline, most recently checked first.`,
		link: toAbsoluteUrl(urls.timeline(), site.url),
		self: toAbsoluteUrl(urls.timelineRss(), site.url),
		language: site.lang,
		entries: toEventEntries(index.content.events, nameOf, sourceOf, site.url, FEED_ITEM_LIMIT),
	};
}
