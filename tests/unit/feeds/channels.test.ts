import { describe, expect, it } from 'vitest';
import { indexContent, type ArticleItem } from '../../../src/lib/content/content-index.ts';
import {
	createArticleItems,
	getParticipantChannel,
	getParticipantsWithFeeds,
	getSiteChannel,
	getTagChannel,
	getTimelineChannel,
} from '../../../src/lib/feeds/channels.ts';
import type { FeedEntry } from '../../../src/lib/feeds/writers.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

const site = {
	url: 'https://example.org',
	title: 'Tracker',
	description: 'All of it.',
	lang: 'en',
};
const content = sampleContent();
const index = indexContent(content);
const items = createArticleItems(index, site);

/** 55 articles about France, numbered 1 (oldest) to 55 (newest), newest first as data.ts gives them. */
function manyArticles(): ArticleItem[] {
	return Array.from({ length: 55 }, (_, at) => {
		const number = 55 - at;
		return {
			id: `a-${number}`,
			data: articleSchema.parse({
				title: `Article ${number}`,
				standfirst: 'S.',
				kind: 'report',
				published: `2026-11-${String(Math.ceil(number / 2) % 28 || 1).padStart(2, '0')}`,
				participants: ['france'],
				tags: ['security-force'],
			}),
			citedSources: ['wire-a'],
			html: `<p>Body ${number}.</p>`,
		};
	});
}

describe('feed channels', () => {
	it('names the site feed and gives its own address', () => {
		const channel = getSiteChannel(index, items, site, '/atom.xml');
		expect(channel).toMatchObject({
			title: 'Tracker',
			link: 'https://example.org/',
			self: 'https://example.org/atom.xml',
			language: 'en',
		});
		expect(channel.entries.map((entry) => entry.link)).toEqual([
			'https://example.org/articles/follow-up/',
			'https://example.org/articles/meeting-report/',
		]);
	});

	it('follows a participant page and a tag page', () => {
		const participant = getParticipantChannel(index, items, 'united-states', site);
		expect(participant).toMatchObject({
			title: 'Tracker: United States',
			link: 'https://example.org/participants/united-states/',
			self: 'https://example.org/participants/united-states/rss.xml',
		});
		expect(participant.entries.map((entry) => entry.title)).toEqual(['Chiefs meet in Paris']);
		expect(getTagChannel(index, items, 'security-force', site).title).toBe(
			'Tracker: security force',
		);
		expect(getParticipantsWithFeeds(index)).toEqual(['france', 'united-states']);
	});

	it('has one timeline item per event, most recently checked first', () => {
		expect(getTimelineChannel(index, site).entries).toHaveLength(content.events.length);
	});

	it('keeps the newest 50 and converts only those, each article once for every feed', () => {
		const big = indexContent({ ...content, articles: manyArticles() });
		const converted: string[] = [];
		const made = createArticleItems(big, site);
		const counting = (article: ArticleItem): FeedEntry => {
			converted.push(article.id);
			return made(article);
		};
		const channel = getParticipantChannel(big, counting, 'france', site);
		expect(channel.entries).toHaveLength(50);
		expect(channel.entries[0]?.title).toBe('Article 55');
		expect(channel.entries.at(-1)?.title).toBe('Article 6');
		expect(converted).toHaveLength(50);
		expect(converted).not.toContain('a-5');
		// The same item object serves the tag feed: converted once per build.
		const tagged = getTagChannel(big, made, 'security-force', site);
		expect(tagged.entries[0]).toBe(channel.entries[0]);
	});

	it('says which article has no rendered HTML', () => {
		const [first] = content.articles;
		const bare = indexContent({
			...content,
			articles: first ? [{ ...first, html: undefined }] : [],
		});
		expect(() =>
			getSiteChannel(bare, createArticleItems(bare, site), site, '/rss.xml'),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: article "follow-up" has no rendered HTML — is content/articles/follow-up.md a Markdown file?]`,
		);
	});
});
