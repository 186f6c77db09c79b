/**
 * The feeds in dist/, read with real feed parsers: @rowanmanning/feed-parser for RSS and Atom, and
 * Debian's python3-feedparser, the library behind many feed readers, run as a reader would run it.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byPublishedDesc, lastModified } from '../../src/lib/content/articles.ts';
import { getEventCheckedDate } from '../../src/lib/feeds/items.ts';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/writers.ts';
import { urls } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.ts';
import { getContent } from '../helpers/content.ts';
import {
	attr,
	DIST,
	existsInDist,
	listDist,
	readDistText,
	readPage,
	select,
} from '../helpers/dist.ts';

const { articles, events, participants, sources } = getContent();
const sorted = [...articles].sort(byPublishedDesc);
const sourceById = new Map(sources.map((source) => [source.id, source.data]));
const expectedCount = (count: number) => Math.min(count, FEED_ITEM_LIMIT);

/** The site path of an absolute URL on this site; fails the test for any other origin. */
function toSitePath(url: string): string {
	expect(url.startsWith(`${SITE.url}/`), url).toBe(true);
	return new URL(url).pathname;
}

/** Every URL attribute in an item's HTML that is not absolute (there must be none). */
function relativeUrls(html: string): string[] {
	return [...html.matchAll(/\s(?:href|src|cite)="([^"]*)"/g)]
		.map((match) => match[1] ?? '')
		.filter((url) => !/^(?:https:|mailto:)/.test(url));
}

const participantIds = [
	...new Set(articles.flatMap((article) => article.data.participants)),
].sort();
const tags = [...new Set(articles.flatMap((article) => article.data.tags))].sort();
const articleFeeds: Array<{ path: string; articles: typeof sorted }> = [
	{ path: urls.rss(), articles: sorted },
	{ path: urls.atom(), articles: sorted },
	...participantIds.map((id) => ({
		path: urls.participantRss(id),
		articles: sorted.filter((article) => article.data.participants.includes(id)),
	})),
	...tags.map((tag) => ({
		path: urls.tagRss(tag),
		articles: sorted.filter((article) => article.data.tags.includes(tag)),
	})),
];

describe.each(articleFeeds.map((feed) => [feed.path, feed] as const))('%s', (path, feed) => {
	const parsed = parseFeed(readDistText(path));
	const expected = feed.articles.slice(0, FEED_ITEM_LIMIT);

	it('holds one item per article, newest first, up to the limit', () => {
		expect(parsed.items).toHaveLength(expectedCount(feed.articles.length));
		expect(parsed.items.map((item) => item.url)).toEqual(
			expected.map((article) => `${SITE.url}${urls.article(article.id)}`),
		);
	});

	it('gives each item its permanent id, its date and its update date', () => {
		for (const [index, item] of parsed.items.entries()) {
			const article = expected[index];
			if (!article) continue;
			expect(item.id).toBe(`${SITE.url}${urls.article(article.id)}`);
			expect(item.title).toBe(article.data.title);
			expect(item.published?.toISOString()).toBe(article.data.published.toISOString());
			if (path === urls.atom())
				expect(item.updated?.toISOString()).toBe(lastModified(article.data).toISOString());
		}
	});

	it('carries each full article, with citations and references linking to the article page', () => {
		for (const [index, item] of parsed.items.entries()) {
			const article = expected[index];
			if (!article) continue;
			const page = `${SITE.url}${urls.article(article.id)}`;
			const content = item.content ?? '';
			expect(content).toContain('class="footnotes"');
			for (const source of article.citedSources) {
				expect(content).toContain(`href="${page}#user-content-fn-${source}"`);
				expect(content).toContain(`id="user-content-fn-${source}"`);
			}
			expect(relativeUrls(content)).toEqual([]);
		}
	});

	it('links only to files that exist in dist/', () => {
		expect(existsInDist(toSitePath(parsed.url ?? ''))).toBe(true);
		expect(parsed.self).toBe(`${SITE.url}${path}`);
		for (const item of parsed.items)
			expect(existsInDist(toSitePath(item.url ?? '')), item.url ?? '').toBe(true);
	});
});

describe('/rss.xml', () => {
	const xml = readDistText(urls.rss());

	it('is RSS 2.0 with its language, its own address and RFC 822 dates', () => {
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
		expect(xml).toContain(`<language>${SITE.lang}</language>`);
		expect(xml).toContain(
			`<atom:link href="${SITE.url}/rss.xml" rel="self" type="application/rss+xml"/>`,
		);
		const dates = [...xml.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((match) => match[1]);
		expect(dates).toHaveLength(expectedCount(articles.length));
		for (const date of dates)
			expect(date).toMatch(
				/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
			);
	});

	it('marks every guid as a permalink and takes categories from tags and participant names', () => {
		expect(xml.match(/<guid isPermaLink="true">/g)).toHaveLength(expectedCount(articles.length));
		const item = parseFeed(xml).items[0];
		const article = sorted[0];
		const names = new Map(
			participants.map((participant) => [participant.id, participant.data.name]),
		);
		expect(item?.categories.map((category) => category.term)).toEqual([
			...new Set([
				...(article?.data.tags ?? []),
				...(article?.data.participants ?? []).map((id) => names.get(id)),
			]),
		]);
	});

	it('shows an updated article as updated, and no other', () => {
		const updated = sorted.filter(
			(article) => article.data.updated && article.data.updated > article.data.published,
		);
		expect(xml.match(/<atom:updated>/g) ?? []).toHaveLength(updated.length);
	});
});

describe('/feed.json', () => {
	const feed = JSON.parse(readDistText(urls.jsonFeed())) as {
		version: string;
		language: string;
		feed_url: string;
		items: Array<{
			id: string;
			url: string;
			content_html: string;
			date_published: string;
			date_modified: string;
		}>;
	};

	it('is JSON Feed 1 with the same items as /rss.xml', () => {
		expect(feed.version).toBe('https://jsonfeed.org/version/1');
		expect(feed.feed_url).toBe(`${SITE.url}/feed.json`);
		expect(feed.items.map((item) => item.id)).toEqual(
			parseFeed(readDistText(urls.rss())).items.map((item) => item.id),
		);
	});

	it('gives each item its content, link and dates', () => {
		for (const [index, item] of feed.items.entries()) {
			const article = sorted[index];
			if (!article) continue;
			expect(item.url).toBe(item.id);
			expect(existsInDist(toSitePath(item.url))).toBe(true);
			expect(item.content_html).toContain('class="footnotes"');
			expect(relativeUrls(item.content_html)).toEqual([]);
			expect(item.date_published).toBe(article.data.published.toISOString());
			expect(item.date_modified).toBe(lastModified(article.data).toISOString());
		}
	});
});

describe('feeds per participant and per tag', () => {
	const built = (pattern: RegExp) =>
		listDist()
			.filter((file) => pattern.test(file))
			.sort();

	it('exist for exactly the participants at least one article is about', () => {
		const about = new Set(articles.flatMap((article) => article.data.participants));
		expect(built(/^participants\/[^/]+\/rss\.xml$/)).toEqual(
			participants
				.filter((participant) => about.has(participant.id))
				.map((participant) => `participants/${participant.id}/rss.xml`)
				.sort(),
		);
		expect(about.size).toBeGreaterThan(0);
	});

	it('exist for exactly the tags the articles use', () => {
		expect(built(/^tags\/[^/]+\/rss\.xml$/)).toEqual(
			tags.map((tag) => `tags/${tag}/rss.xml`).sort(),
		);
	});
});

describe('/timeline/rss.xml', () => {
	const xml = readDistText(urls.timelineRss());
	const feed = parseFeed(xml);

	it('holds one item per event, with the event URL as its permanent guid', () => {
		expect(feed.items).toHaveLength(events.length);
		expect(feed.items.map((item) => item.id).sort()).toEqual(
			events.map((event) => `${SITE.url}${urls.event(event.id)}`).sort(),
		);
		expect(xml.match(/<guid isPermaLink="true">/g)).toHaveLength(events.length);
	});

	it('dates each event by the day its sources were last checked, newest first', () => {
		const byLink = new Map(feed.items.map((item) => [item.id, item]));
		for (const event of events) {
			const item = byLink.get(`${SITE.url}${urls.event(event.id)}`);
			expect(item?.published?.toISOString()).toBe(
				getEventCheckedDate(event.data, (id) => sourceById.get(id)).toISOString(),
			);
		}
		const times = feed.items.map((item) => item.published?.getTime() ?? 0);
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	it('links each event to the timeline page in dist/, with content and absolute links', () => {
		expect(existsInDist(urls.timeline())).toBe(true);
		for (const item of feed.items) {
			expect(existsInDist(toSitePath(item.url ?? ''))).toBe(true);
			expect(item.content).toContain('Last checked against its sources on');
			expect(relativeUrls(item.content ?? '')).toEqual([]);
		}
	});
});

describe('a real feed reader (python3-feedparser)', () => {
	const python = '/usr/bin/python3';
	const files = [
		urls.rss(),
		urls.atom(),
		urls.timelineRss(),
		urls.participantRss(participantIds[0] ?? ''),
		urls.tagRss(tags[0] ?? ''),
	];
	// Prints what a reader shows: the feed's title and language, and each entry's id, link, dates,
	// content length and tags. `bozo` is feedparser's flag for a feed it had to repair.
	const script = `
import json, sys, feedparser
out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
        "title": d.feed.get("title"), "language": d.feed.get("language"),
        "self": [l["href"] for l in d.feed.get("links", []) if l.get("rel") == "self"],
        "entries": [{
            "id": e.get("id"), "link": e.get("link"),
            "published": e.get("published_parsed") and list(e.published_parsed)[:6],
            "updated": e.get("updated_parsed") and list(e.updated_parsed)[:6],
            "content": len(e.content[0].value) if e.get("content") else 0,
            "tags": [t.term for t in e.get("tags", [])],
        } for e in d.entries],
    }
print(json.dumps(out))
`;

	it('reads every kind of feed without repairs, with ids, links, dates and content', () => {
		expect(existsSync(python), `${python} is missing; .ci/run installs python3-feedparser`).toBe(
			true,
		);
		const result = spawnSync(python, ['-c', script, ...files.map((file) => `${DIST}${file}`)], {
			encoding: 'utf8',
		});
		expect(result.stderr, 'install it with: apt-get install python3-feedparser').toBe('');
		const read = JSON.parse(result.stdout) as Record<
			string,
			{
				bozo: boolean;
				error: string;
				version: string;
				language: string | null;
				self: string[];
				entries: Array<{
					id: string;
					link: string;
					published: number[];
					updated: number[];
					content: number;
					tags: string[];
				}>;
			}
		>;
		for (const file of files) {
			const feed = read[`${DIST}${file}`];
			expect(feed?.error, file).toBe('');
			expect(feed?.bozo, file).toBe(false);
			expect(feed?.self, file).toEqual([`${SITE.url}${file}`]);
			expect(feed?.entries.length, file).toBeGreaterThan(0);
			for (const entry of feed?.entries ?? []) {
				expect(entry.id).toBe(entry.link);
				expect(existsInDist(toSitePath(entry.link))).toBe(true);
				expect(entry.published).toHaveLength(6);
				expect(entry.updated).toHaveLength(6);
				expect(entry.content).toBeGreaterThan(200);
				expect(entry.tags.length).toBeGreaterThan(0);
			}
		}
		expect(read[`${DIST}${urls.rss()}`]?.version).toBe('rss20');
		expect(read[`${DIST}${urls.rss()}`]?.language).toBe(SITE.lang);
		expect(read[`${DIST}${urls.atom()}`]?.version).toBe('atom10');
		const rss = read[`${DIST}${urls.rss()}`]?.entries ?? [];
		expect(rss).toHaveLength(expectedCount(articles.length));
		for (const [index, entry] of rss.entries()) {
			const article = sorted[index];
			if (!article) continue;
			const ymd = (date: Date) => [
				date.getUTCFullYear(),
				date.getUTCMonth() + 1,
				date.getUTCDate(),
				0,
				0,
				0,
			];
			expect(entry.published).toEqual(ymd(article.data.published));
			expect(entry.updated).toEqual(ymd(lastModified(article.data)));
		}
	});
});

describe('autodiscovery and "Subscribe"', () => {
	const alternates = (path: string) =>
		select(readPage(path), 'link[rel="alternate"]').map((link) => [
			attr(link, 'type'),
			attr(link, 'href'),
		]);
	const subscribeLinks = (path: string) =>
		select(readPage(path), '.subscribe-links a[type]').map((link) => attr(link, 'href'));
	const siteFeeds = [
		['application/rss+xml', urls.rss()],
		['application/atom+xml', urls.atom()],
		['application/feed+json', urls.jsonFeed()],
	];

	it('announces and shows the site feeds on the home page and every article page', () => {
		for (const path of [urls.home(), ...articles.map((article) => urls.article(article.id))]) {
			expect(alternates(path), path).toEqual(siteFeeds);
			expect(subscribeLinks(path), path).toEqual(siteFeeds.map(([, href]) => href));
		}
	});

	it('announces and shows the timeline feed on the timeline', () => {
		expect(alternates(urls.timeline())).toEqual([['application/rss+xml', urls.timelineRss()]]);
		expect(subscribeLinks(urls.timeline())).toEqual([urls.timelineRss()]);
	});

	it("announces a participant's feed on their page, and none for a participant without articles", () => {
		for (const participant of participants) {
			const path = urls.participant(participant.id);
			const own = participantIds.includes(participant.id)
				? [['application/rss+xml', urls.participantRss(participant.id)]]
				: [];
			expect(alternates(path), path).toEqual(own);
			expect(select(readPage(path), '.subscribe-links').length, path).toBe(own.length > 0 ? 1 : 0);
			if (own.length > 0)
				expect(subscribeLinks(path), path).toEqual([urls.participantRss(participant.id)]);
		}
	});

	it("announces and shows a tag's feed on its page", () => {
		for (const tag of tags) {
			expect(alternates(urls.tag(tag)), tag).toEqual([['application/rss+xml', urls.tagRss(tag)]]);
			expect(subscribeLinks(urls.tag(tag)), tag).toEqual([urls.tagRss(tag)]);
		}
	});

	it('points every autodiscovery link at a feed in dist/', () => {
		for (const page of listDist().filter((file) => file.endsWith('.html'))) {
			for (const [, href] of alternates(page))
				expect(existsInDist(href ?? ''), `${page} → ${href}`).toBe(true);
		}
	});
});
