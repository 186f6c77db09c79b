import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import {
	getLastChange,
	getParticipantFeeds,
	getSiteFeeds,
	getTagFeeds,
	toAtom,
	toJsonFeed,
	toRss,
	type FeedChannel,
	type FeedEntry,
} from '../../../src/lib/feeds/writers.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('which feeds exist', () => {
	it('offers no feed for a participant no article is about', () => {
		expect(getParticipantFeeds({ id: 'japan', name: 'Japan' }, 0)).toEqual([]);
		expect(getParticipantFeeds({ id: 'italy', name: 'Italy' }, 1)).toEqual([
			{
				title: 'Articles about Italy (RSS)',
				label: 'Articles about Italy (RSS)',
				href: '/participants/italy/rss.xml',
				type: 'application/rss+xml',
			},
		]);
	});

	it('offers the site feeds in three formats and a tag feed under the tag', () => {
		expect(getSiteFeeds('Tracker').map((feed) => [feed.href, feed.type])).toEqual([
			['/rss.xml', 'application/rss+xml'],
			['/atom.xml', 'application/atom+xml'],
			['/feed.json', 'application/feed+json'],
		]);
		expect(getTagFeeds('security-force')[0]?.title).toBe('Articles tagged “security force” (RSS)');
	});
});

const entry = (id: string, published: string, updated?: string): FeedEntry => ({
	link: `https://example.org/articles/${id}/`,
	title: `Article ${id}`,
	summary: `About ${id}.`,
	contentHtml: `<p>Body of ${id} with <a href="https://example.org/articles/${id}/#user-content-fn-x">1</a>.</p>`,
	published: day(published),
	...(updated ? { updated: day(updated) } : {}),
	categories: ['nato', 'France'],
});

const channel: FeedChannel = {
	title: 'Tracker',
	description: 'All articles.',
	link: 'https://example.org/',
	self: 'https://example.org/rss.xml',
	language: 'en',
	entries: [entry('new', '2026-11-27'), entry('old', '2026-11-26', '2026-12-02')],
};

describe('dates', () => {
	it('dates a feed by its latest change, not by the build', () => {
		expect(getLastChange(channel.entries).toISOString()).toBe('2026-12-02T00:00:00.000Z');
		expect(getLastChange([]).toISOString()).toBe('1970-01-01T00:00:00.000Z');
	});
});

describe('RSS', () => {
	const xml = toRss(channel, 'https://example.org', 'Tracker');
	const feed = parseFeed(xml);

	it('declares its language, its own address and its last change', () => {
		expect(xml).toContain('<language>en</language>');
		expect(xml).toContain(
			'<atom:link href="https://example.org/rss.xml" rel="self" type="application/rss+xml"/>',
		);
		expect(xml).toContain('<lastBuildDate>Wed, 02 Dec 2026 00:00:00 GMT</lastBuildDate>');
		expect(feed.language).toBe('en');
	});

	it('gives each item a permanent guid, an RFC 822 date, categories and the full content', () => {
		expect(xml).toContain('<guid isPermaLink="true">https://example.org/articles/new/</guid>');
		expect(xml).toContain('<pubDate>Fri, 27 Nov 2026 00:00:00 GMT</pubDate>');
		const [first] = feed.items;
		expect(first?.id).toBe('https://example.org/articles/new/');
		expect(first?.url).toBe('https://example.org/articles/new/');
		expect(first?.published?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
		expect(first?.categories.map((category) => category.term)).toEqual(['nato', 'France']);
		expect(first?.content).toBe(channel.entries[0]?.contentHtml);
	});

	it('adds <atom:updated> to an updated item only', () => {
		expect(xml.match(/<atom:updated>/g)).toHaveLength(1);
		expect(xml).toContain('<atom:updated>2026-12-02T00:00:00.000Z</atom:updated>');
	});
});

describe('Atom', () => {
	const xml = toAtom(channel, 'https://example.org', 'Tracker');
	const feed = parseFeed(xml);

	it('has the same items, with published and updated dates', () => {
		expect(feed.items.map((item) => item.id)).toEqual(channel.entries.map((item) => item.link));
		expect(feed.items[1]?.published?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
		expect(feed.items[1]?.updated?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
		expect(feed.items[0]?.content).toBe(channel.entries[0]?.contentHtml);
		expect(xml).toContain('<link rel="self" href="https://example.org/rss.xml"/>');
		expect(xml).toContain('<updated>2026-12-02T00:00:00.000Z</updated>');
		expect(xml).not.toContain('<generator>');
	});
});

describe('JSON Feed', () => {
	const json = JSON.parse(
		toJsonFeed(
			{ ...channel, self: 'https://example.org/feed.json' },
			'https://example.org',
			'Tracker',
		),
	);

	it('is JSON Feed 1 with its author and the same items', () => {
		expect(json).toMatchObject({
			version: 'https://jsonfeed.org/version/1',
			title: 'Tracker',
			home_page_url: 'https://example.org/',
			feed_url: 'https://example.org/feed.json',
			author: { name: 'Tracker', url: 'https://example.org/' },
		});
		expect(json.items[1]).toEqual({
			id: 'https://example.org/articles/old/',
			url: 'https://example.org/articles/old/',
			title: 'Article old',
			summary: 'About old.',
			content_html: channel.entries[1]?.contentHtml,
			date_published: '2026-11-26T00:00:00.000Z',
			date_modified: '2026-12-02T00:00:00.000Z',
			tags: ['nato', 'France'],
		});
	});
});
