/**
 * The fixture site's feeds, read with @rowanmanning/feed-parser as a reader would, against the
 * articles and events in tests/fixture-site/content/ (published 26, 27, 28 and 30 November 2026).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { attr, select } from '../helpers/dist.ts';
import { ORIGIN, site } from './fixture.ts';

const article = (id: string) => `${ORIGIN}/articles/${id}/`;
const feed = (path: string) => parseFeed(site.readText(path));
const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

describe('the site feeds', () => {
	it('hold the four articles, newest first, with their titles and days', () => {
		for (const path of ['/rss.xml', '/atom.xml']) {
			expect(
				feed(path).items.map((item) => [item.id, item.title, day(item.published)]),
				path,
			).toEqual([
				[article('leaders-next'), 'Leaders to meet at the end of March', '2026-11-30'],
				[article('background'), 'How the idea of a force began', '2026-11-28'],
				[article('what-the-preview-said'), 'What the founding preview got wrong', '2026-11-27'],
				[article('meeting-report'), 'Chiefs meet in Paris without the US', '2026-11-26'],
			]);
		}
	});

	it('mark only the corrected article as updated, on the day of its correction', () => {
		const xml = site.readText('/rss.xml');
		expect([...xml.matchAll(/<atom:updated>([^<]*)<\/atom:updated>/g)].map((m) => m[1])).toEqual([
			'2026-11-29T00:00:00.000Z',
		]);
		expect(feed('/atom.xml').items.map((item) => day(item.updated))).toEqual([
			'2026-11-30',
			'2026-11-28',
			'2026-11-29',
			'2026-11-26',
		]);
	});

	it("take an item's categories from its tags, then its participants' names", () => {
		expect(feed('/rss.xml').items.map((item) => item.categories.map((c) => c.term))).toEqual([
			['NATO'],
			['security-force', 'Ukraine'],
			['corrections', 'Jane Doe'],
			['security-force', 'nato', 'France', 'United States'],
		]);
	});

	it('carry the whole article, citations pointing at the article page', () => {
		const content = feed('/rss.xml').items[3]?.content ?? '';
		expect(content).toContain(
			`href="${article('meeting-report')}#user-content-fn-ministry-statement"`,
		);
		expect(content).toContain(`href="${ORIGIN}/timeline/"`);
		expect(content).not.toMatch(/\shref="\//);
	});

	it('are the same items in JSON Feed', () => {
		const json = JSON.parse(site.readText('/feed.json')) as {
			items: Array<{ id: string; date_published: string; date_modified: string }>;
		};
		expect(json.items.map((item) => [item.id, item.date_published, item.date_modified])).toEqual([
			[article('leaders-next'), '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z'],
			[article('background'), '2026-11-28T00:00:00.000Z', '2026-11-28T00:00:00.000Z'],
			[article('what-the-preview-said'), '2026-11-27T00:00:00.000Z', '2026-11-29T00:00:00.000Z'],
			[article('meeting-report'), '2026-11-26T00:00:00.000Z', '2026-11-26T00:00:00.000Z'],
		]);
	});
});

describe('participant and tag feeds', () => {
	it('exist for the participants articles are about and for every tag, and no others', () => {
		expect(site.listFiles().filter((file) => file.endsWith('rss.xml'))).toEqual([
			'participants/france/rss.xml',
			'participants/jane-doe/rss.xml',
			'participants/nato/rss.xml',
			'participants/ukraine/rss.xml',
			'participants/united-states/rss.xml',
			'rss.xml',
			'tags/corrections/rss.xml',
			'tags/nato/rss.xml',
			'tags/security-force/rss.xml',
			'timeline/rss.xml',
		]);
	});

	it("hold each participant's and each tag's articles", () => {
		const ids = (path: string) => feed(path).items.map((item) => item.id);
		expect(ids('/participants/united-states/rss.xml')).toEqual([article('meeting-report')]);
		expect(ids('/participants/nato/rss.xml')).toEqual([article('leaders-next')]);
		expect(ids('/tags/security-force/rss.xml')).toEqual([
			article('background'),
			article('meeting-report'),
		]);
	});

	it('are announced on their pages, and no feed on a page of a participant without articles', () => {
		const alternates = (path: string) =>
			select(site.readPage(path), 'link[rel="alternate"]').map((link) => attr(link, 'href'));
		expect(alternates('/participants/france/')).toEqual(['/participants/france/rss.xml']);
		expect(alternates('/participants/italy/')).toEqual([]);
		expect(select(site.readPage('/participants/italy/'), '.subscribe-links')).toHaveLength(0);
		expect(alternates('/tags/nato/')).toEqual(['/tags/nato/rss.xml']);
		expect(alternates('/timeline/')).toEqual(['/timeline/rss.xml']);
		expect(alternates('/')).toEqual(['/rss.xml', '/atom.xml', '/feed.json']);
	});
});

describe('the timeline feed', () => {
	it("dates each event by its sources' newest reading, newest first, then the later event", () => {
		// Each day is the newest `accessed` among the event's sources, attendance sources included.
		expect(
			feed('/timeline/rss.xml').items.map((item) => [
				item.id?.replace(`${ORIGIN}/timeline/#`, ''),
				day(item.published),
			]),
		).toEqual([
			['2025-03-31-headquarters-later', '2026-11-27'],
			['2025-03-27-leaders-summit', '2026-11-27'],
			['2025-03-11-paris-chiefs-meeting', '2026-11-26'],
			['2025-03-01-invitations-sent', '2026-11-26'],
			['2024-12-residence-dinner', '2026-11-26'],
			['2025-01-23-spokesperson-remark', '2026-11-20'],
		]);
	});

	it('says in each item when its sources were last checked', () => {
		expect(feed('/timeline/rss.xml').items[5]?.content).toContain(
			'Last checked against its sources on <time datetime="2026-11-20">20 November 2026</time>',
		);
	});
});
