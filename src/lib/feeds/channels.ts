/**
 * Every feed of the site as a `FeedChannel`, built from the same plain arrays the pages get from
 * src/data.ts. The endpoints in src/pages only call these and hand the result to a writer.
 */
import { FEED_ITEM_LIMIT, limitEntries, type FeedChannel } from './writers.ts';
import { toArticleEntries, toEventEntries } from './items.ts';
import type { Article } from '../schema/article.ts';
import type { Event } from '../schema/event.ts';
import type { Participant } from '../schema/participant.ts';
import type { Source } from '../schema/source.ts';
import { getArticlesAbout, getArticlesTagged } from './writers.ts';
import { formatTag } from '../views/tags.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';

/** The site constants a feed needs (src/site.ts's SITE). */
export interface FeedSite {
	url: string;
	title: string;
	description: string;
	lang: string;
}

/** An article as the content layer gives it: `rendered.html` is the body with its references. */
export interface RenderedArticle {
	id: string;
	data: Article;
	rendered?: { html: string } | undefined;
}

/** The collections the feeds read. */
export interface FeedContent {
	articles: readonly RenderedArticle[];
	events: ReadonlyArray<{ id: string; data: Event }>;
	participants: ReadonlyArray<{ id: string; data: Participant }>;
	sources: ReadonlyArray<{ id: string; data: Source }>;
}

function lookups(content: FeedContent) {
	const participants = new Map(content.participants.map((entry) => [entry.id, entry.data]));
	const sources = new Map(content.sources.map((entry) => [entry.id, entry.data]));
	return {
		nameOf: (id: string) => participants.get(id)?.name ?? id,
		getParticipant: (id: string) => participants.get(id),
		sourceOf: (id: string) => sources.get(id),
	};
}

function withBody(article: RenderedArticle) {
	const bodyHtml = article.rendered?.html;
	if (bodyHtml === undefined) {
		throw new Error(
			`article "${article.id}" has no rendered HTML — is content/articles/${article.id}.md a Markdown file?`,
		);
	}
	return { id: article.id, data: article.data, bodyHtml };
}

function articleChannel(
	content: FeedContent,
	articles: readonly RenderedArticle[],
	site: FeedSite,
	channel: Pick<FeedChannel, 'title' | 'description' | 'link' | 'self'>,
): FeedChannel {
	const { nameOf } = lookups(content);
	const entries = toArticleEntries(articles.map(withBody), nameOf, site.url);
	return { ...channel, language: site.lang, entries: limitEntries(entries, FEED_ITEM_LIMIT) };
}

/**
 * All articles: the channel of /rss.xml, /atom.xml and /feed.json.
 * @param selfPath the file's own path, e.g. urls.atom(), for its self link
 */
export function getSiteChannel(
	content: FeedContent,
	site: FeedSite,
	selfPath: string,
): FeedChannel {
	return articleChannel(content, content.articles, site, {
		title: site.title,
		description: site.description,
		link: toAbsoluteUrl(urls.home(), site.url),
		self: toAbsoluteUrl(selfPath, site.url),
	});
}

/** Articles about one participant: /participants/<id>/rss.xml. */
export function getParticipantChannel(
	content: FeedContent,
	participantId: string,
	site: FeedSite,
): FeedChannel {
	const participant = lookups(content).getParticipant(participantId);
	if (!participant) throw new Error(`no participant "${participantId}" in content/participants/`);
	return articleChannel(content, getArticlesAbout(content.articles, participantId), site, {
		title: `${site.title}: ${participant.name}`,
		description: `Articles about ${participant.name} on ${site.title}.`,
		link: toAbsoluteUrl(urls.participant(participantId), site.url),
		self: toAbsoluteUrl(urls.participantRss(participantId), site.url),
	});
}

/** Articles with one tag: /tags/<tag>/rss.xml. */
export function getTagChannel(content: FeedContent, tag: string, site: FeedSite): FeedChannel {
	return articleChannel(content, getArticlesTagged(content.articles, tag), site, {
		title: `${site.title}: ${formatTag(tag)}`,
		description: `Articles tagged “${formatTag(tag)}” on ${site.title}.`,
		link: toAbsoluteUrl(urls.tag(tag), site.url),
		self: toAbsoluteUrl(urls.tagRss(tag), site.url),
	});
}

/** New and changed timeline events: /timeline/rss.xml (every event; see feed-items.ts for the dates). */
export function getTimelineChannel(content: FeedContent, site: FeedSite): FeedChannel {
	const { nameOf, sourceOf } = lookups(content);
	return {
		title: `${site.title}: timeline`,
		description: `New and changed events on the ${site.title} timeline, most recently checked first.`,
		link: toAbsoluteUrl(urls.timeline(), site.url),
		self: toAbsoluteUrl(urls.timelineRss(), site.url),
		language: site.lang,
		entries: toEventEntries(content.events, nameOf, sourceOf, site.url),
	};
}
