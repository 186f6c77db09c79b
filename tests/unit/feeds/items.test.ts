import { describe, expect, it } from 'vitest';
import {
	getEventCheckedDate,
	getEventSourceIds,
	toArticleEntry,
	toEventEntries,
} from '../../../src/lib/feeds/items.ts';
import type { Article } from '../../../src/lib/schema/article.ts';
import type { Event } from '../../../src/lib/schema/event.ts';
import type { Source } from '../../../src/lib/schema/source.ts';

const SITE = 'https://example.org';
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const names: Record<string, string> = { france: 'France', 'jane-doe': 'Jane Doe' };
const nameOf = (id: string) => names[id] ?? id;

const article: Article = {
	title: 'Chiefs meet in Paris',
	standfirst: 'Chiefs of 30 countries met <in Paris>.',
	kind: 'report',
	published: day('2026-11-26'),
	tags: ['security-force'],
	participants: ['france', 'jane-doe'],
	events: [],
	claims: [],
	corrections: [],
};

const body =
	'<p>Fact.<sup><a href="#user-content-fn-wire" id="user-content-fnref-wire" data-footnote-ref="">1</a></sup></p><section class="footnotes"><ol><li id="user-content-fn-wire"><p>Wire.</p></li></ol></section>';

const source = (accessed: string): Source => ({
	publisher: 'Wire',
	title: 'Report',
	titleIsQuoted: false,
	url: 'https://wire.example/report',
	published: day('2025-03-11'),
	accessed: day(accessed),
	archived: null,
	type: 'wire',
	language: 'en',
});
const sources: Record<string, Source> = {
	old: source('2026-11-20'),
	'new-one': { ...source('2026-11-24'), published: 'unknown', url: null, note: 'Print only.' },
};
const sourceOf = (id: string) => sources[id];

const event = (overrides: Partial<Event> = {}): Event => ({
	title: 'Meeting',
	summary: 'They met.',
	when: { precision: 'day', date: day('2025-03-11') },
	status: 'confirmed',
	location: 'Paris',
	participants: ['france'],
	claims: [],
	sources: ['old'],
	attendance: [],
	...overrides,
});

describe('toArticleEntry', () => {
	it('carries the full body with absolute citation links, the standfirst and the publication date', () => {
		const entry = toArticleEntry({ id: 'paris', data: article, html: body }, nameOf, SITE);
		expect(entry.link).toBe('https://example.org/articles/paris/');
		expect(entry.summary).toBe(article.standfirst);
		expect(entry.published.toISOString()).toBe('2026-11-26T00:00:00.000Z');
		expect(entry.updated).toBeUndefined();
		expect(entry.contentHtml).toContain(
			'<p><em>Chiefs of 30 countries met &#x3C;in Paris>.</em></p>',
		);
		expect(entry.contentHtml).toContain(
			'Published <time datetime="2026-11-26">26 November 2026</time>.',
		);
		expect(entry.contentHtml).toContain(
			'href="https://example.org/articles/paris/#user-content-fn-wire"',
		);
		expect(entry.contentHtml).toContain('<li id="user-content-fn-wire">');
	});

	it('takes categories from the tags and the names of the participants', () => {
		const entry = toArticleEntry({ id: 'paris', data: article, html: body }, nameOf, SITE);
		expect(entry.categories).toEqual(['security-force', 'France', 'Jane Doe']);
	});

	it('shows an update and the corrections in the content, and sets `updated`', () => {
		const updated = {
			...article,
			updated: day('2026-12-02'),
			corrections: [{ date: day('2026-12-02'), note: 'The venue was wrong.' }],
		};
		const entry = toArticleEntry({ id: 'paris', data: updated, html: body }, nameOf, SITE);
		expect(entry.updated?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
		expect(entry.contentHtml).toContain(
			'. Updated <time datetime="2026-12-02">2 December 2026</time>.',
		);
		expect(entry.contentHtml).toContain(
			'<h2>Corrections</h2><ul><li><time datetime="2026-12-02">2 December 2026</time>: The venue was wrong.</li></ul>',
		);
	});

	it('does not call an article updated on the day it was published', () => {
		const entry = toArticleEntry(
			{ id: 'paris', data: { ...article, updated: article.published }, html: body },
			nameOf,
			SITE,
		);
		expect(entry.updated).toBeUndefined();
	});
});

describe('event dates', () => {
	it('lists the sources of the event and of every attendance version once', () => {
		const withAttendance = event({
			sources: ['old', { source: 'new-one', quote: 'met' }],
			attendance: [
				{
					participant: 'france',
					versions: [{ status: 'in-person', basis: 'confirmed', sources: ['new-one', 'old'] }],
				},
			],
		});
		expect(getEventSourceIds(withAttendance)).toEqual(['old', 'new-one']);
	});

	it('dates an event by the newest `accessed` among its sources, attendance included', () => {
		expect(getEventCheckedDate(event(), sourceOf).toISOString()).toBe('2026-11-20T00:00:00.000Z');
		const changed = event({
			attendance: [
				{
					participant: 'france',
					versions: [{ status: 'remote', basis: 'reported', sources: ['new-one'] }],
				},
			],
		});
		expect(getEventCheckedDate(changed, sourceOf).toISOString()).toBe('2026-11-24T00:00:00.000Z');
	});

	it('refuses an event none of whose sources is known', () => {
		expect(() =>
			getEventCheckedDate(event({ sources: ['missing'] }), sourceOf),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: event "Meeting" cites no known source, so it has no feed date]`,
		);
	});
});

describe('toEventEntries', () => {
	it('puts the most recently checked event first, then the latest event, with the event URL as link', () => {
		const entries = toEventEntries(
			[
				{ id: '2025-03-11-meeting', data: event() },
				{
					id: '2025-02-01-earlier',
					data: event({
						when: { precision: 'month', date: day('2025-02-01') },
						sources: ['new-one'],
					}),
				},
				{
					id: '2025-03-12-later',
					data: event({ when: { precision: 'day', date: day('2025-03-12') } }),
				},
			],
			nameOf,
			sourceOf,
			SITE,
		);
		expect(entries.map((entry) => entry.link)).toEqual([
			'https://example.org/timeline/#2025-02-01-earlier',
			'https://example.org/timeline/#2025-03-12-later',
			'https://example.org/timeline/#2025-03-11-meeting',
		]);
		expect(entries[0]?.published.toISOString()).toBe('2026-11-24T00:00:00.000Z');
	});

	it('describes when, status, place, participants and sources, with absolute links', () => {
		const [entry] = toEventEntries(
			[{ id: '2025-03-11-meeting', data: event({ sources: ['new-one'] }) }],
			nameOf,
			sourceOf,
			SITE,
		);
		expect(entry?.contentHtml).toBe(
			'<p><strong>11 March 2025 · Confirmed · Paris</strong></p><p>They met.</p><p>Participants: France.</p>' +
				'<h2>Sources</h2><ol><li><strong>Wire</strong>: Report, date unknown. Address not known · No archived copy yet.</li></ol>' +
				'<p>Last checked against its sources on <time datetime="2026-11-24">24 November 2026</time>. ' +
				'<a href="https://example.org/timeline/#2025-03-11-meeting">See it on the timeline</a>.</p>',
		);
		expect(entry?.categories).toEqual(['France']);
	});
});
