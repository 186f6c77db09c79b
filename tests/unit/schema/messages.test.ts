/**
 * What each schema tells a contributor about a wrong value, word for word: these messages are
 * printed as they are by the content gate, so a changed word or limit shows up here.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../helpers/schema-messages.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { blockedDomainSchema } from '../../../src/lib/schema/blocked-domain.ts';
import { participantSchema } from '../../../src/lib/schema/participant.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';
import { whenSchema } from '../../../src/lib/schema/when.ts';

const article = {
	title: 'Chiefs meet',
	standfirst: 'They met.',
	kind: 'report',
	published: '2025-03-11',
};

const source = {
	publisher: 'AP',
	title: 'A preview',
	url: 'https://example.org/story',
	published: '2025-03-10',
	accessed: '2026-11-24',
	archived: null,
	type: 'wire',
	language: 'en',
};

describe('article schema messages', () => {
	it('words every wrong field of an article', () => {
		expect(
			messages(articleSchema, {
				title: 'x'.repeat(121),
				standfirst: '   ',
				kind: 'opinion',
				published: '2025-02-30',
				updated: 20250311,
				tags: ['Security Force', 5],
				participants: ['France'],
				corrections: [{ date: '2025-03-12', note: 'y'.repeat(401) }],
			}),
		).toMatchInlineSnapshot(`
			[
			  "title: must be at most 120 characters",
			  "standfirst: must not be empty",
			  "kind: expected one of: preview, report, analysis, explainer",
			  "published: "2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11",
			  "updated: expected a date written YYYY-MM-DD, e.g. 2025-03-11",
			  "tags.0: expected a lower-case kebab-case tag, e.g. security-force",
			  "tags.1: expected a tag such as security-force",
			  "participants.0: expected a lower-case kebab-case id of an entry in content/participants/, e.g. france",
			  "corrections.0.note: must be at most 400 characters",
			]
		`);
	});

	it('refuses an update or a correction dated before publication, and a multi-line headline', () => {
		expect(
			messages(articleSchema, {
				...article,
				title: 'Chiefs\nmeet',
				updated: '2025-03-10',
				corrections: [
					{ date: '2025-03-11', note: 'Same day is fine.' },
					{ date: '2025-03-01', note: 'Too early.' },
				],
			}),
		).toMatchInlineSnapshot(`
			[
			  "title: must be a single line",
			  "updated: is before \`published\` — an article cannot be updated before it is published",
			  "corrections.1.date: is before \`published\` — a correction comes after publication",
			]
		`);
	});

	it('accepts an article updated on the day it was published, with its defaults', () => {
		const parsed = articleSchema.parse({ ...article, updated: '2025-03-11' });
		expect(parsed).toMatchObject({ tags: [], participants: [], events: [], claims: [] });
		expect(parsed.corrections).toEqual([]);
	});
});

describe('when schema messages', () => {
	it('words a wrong precision, month and bound', () => {
		expect(messages(whenSchema, { precision: 'week', date: '2025-03-11' })).toMatchInlineSnapshot(`
			[
			  "precision: expected precision: one of day, month, approximate, range, before, after",
			]
		`);
		expect(messages(whenSchema, { precision: 'month', date: '2025-13' })).toMatchInlineSnapshot(`
			[
			  "date: "2025-13" is not a month — write YYYY-MM, e.g. 2024-12",
			]
		`);
		expect(messages(whenSchema, { precision: 'month', date: 202503 })).toMatchInlineSnapshot(`
			[
			  "date: expected a month written YYYY-MM, e.g. 2024-12",
			]
		`);
		expect(messages(whenSchema, { precision: 'after', date: 'March 2025', label: 'after March' }))
			.toMatchInlineSnapshot(`
			[
			  "date: "March 2025" is not a day, month or year — write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03 for "after March 2025"",
			]
		`);
		expect(messages(whenSchema, { precision: 'before', date: true, label: 'before' }))
			.toMatchInlineSnapshot(`
			[
			  "date: expected a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03",
			]
		`);
		expect(messages(whenSchema, { precision: 'range', date: '2025-03-11', end: '2025-3-12' }))
			.toMatchInlineSnapshot(`
				[
				  "end: "2025-3-12" is not written YYYY-MM-DD — write it as digits, e.g. 2025-03-11",
				]
			`);
	});

	it('reads a bound as a day, a month or a year, keeping which it was', () => {
		const bound = (date: unknown) => whenSchema.parse({ precision: 'after', date, label: 'after' });
		expect(bound('2025-03-11')).toMatchObject({
			unit: 'day',
			date: new Date(Date.UTC(2025, 2, 11)),
		});
		expect(bound('2025-03')).toMatchObject({ unit: 'month', date: new Date(Date.UTC(2025, 2, 1)) });
		expect(bound(2025)).toMatchObject({ unit: 'year', date: new Date(Date.UTC(2025, 0, 1)) });
		const day = new Date(Date.UTC(2025, 2, 11));
		expect(bound(day)).toMatchObject({ unit: 'day', date: day });
	});
});

describe('source schema messages', () => {
	it('words every wrong field of a source', () => {
		expect(
			messages(sourceSchema, {
				...source,
				official: false,
				titleIsQuoted: 'yes',
				url: 'http://example.org/story',
				published: 'March 2025',
				archived: 'not a url',
				type: 'blog',
				language: 'English',
			}),
		).toMatchInlineSnapshot(`
			[
			  "official: expected true, or leave \`official\` out",
			  "titleIsQuoted: expected true or false",
			  "url: expected a full URL starting with https://, e.g. https://example.org/story",
			  "published: expected a date written YYYY-MM-DD, or "unknown"",
			  "archived: expected a full URL starting with https://, e.g. https://example.org/story",
			  "type: expected one of: official, wire, outlet, aggregator, mirror",
			  "language: expected a language code such as en, fr, uk (or "unknown")",
			]
		`);
	});

	it('asks for a note without a URL, a copy for archivedOn, and via for a mirror', () => {
		expect(
			messages(sourceSchema, {
				...source,
				url: null,
				archivedOn: '2025-03-12',
				type: 'mirror',
			}),
		).toMatchInlineSnapshot(`
			[
			  "note: a source without a URL needs a \`note\` saying why the address is unknown",
			  "archivedOn: \`archivedOn\` is the day of the archived copy, but \`archived\` is null — add the copy or remove \`archivedOn\`",
			  "via: a mirror needs \`via\`: the site that reposted the text, e.g. "calgarypuck.com forum"",
			]
		`);
	});

	it('accepts a URL with no spaces only, and an unknown publication date or language', () => {
		expect(messages(sourceSchema, { ...source, url: 'https://example.org/a b' })).toEqual([
			'url: expected a full URL starting with https://, e.g. https://example.org/story',
		]);
		expect(
			messages(sourceSchema, { ...source, published: 'unknown', language: 'unknown' }),
		).toEqual([]);
		expect(messages(sourceSchema, { ...source, language: 'pt-BR' })).toEqual([]);
	});
});

describe('participant and blocked-domain schema messages', () => {
	it('keeps roles and a country to people, and memberships to countries', () => {
		expect(
			messages(participantSchema, {
				name: 'NATO',
				kind: 'organisation',
				summary: 'An alliance.',
				country: 'belgium',
				roles: [{ title: 'Host', period: '2025', sources: ['a'] }],
				memberships: [{ alliance: 'eu', member: true, sources: ['a'] }],
				sources: ['a'],
			}),
		).toMatchInlineSnapshot(`
			[
			  "roles: only a person has roles — remove \`roles\` or set kind: person",
			  "country: only a person has a \`country\` — remove it or set kind: person",
			  "memberships: only a country has memberships — remove \`memberships\` or set kind: country",
			]
		`);
		expect(messages(participantSchema, { name: 'X', kind: 'club', summary: 'Y', sources: [] }))
			.toMatchInlineSnapshot(`
			[
			  "kind: expected one of: country, organisation, person",
			  "sources: cite at least one source — add its id from content/sources/",
			]
		`);
	});

	it('words a wrong blocked domain', () => {
		expect(
			messages(blockedDomainSchema, {
				id: 'https://news-pravda.com/',
				reason: 'Why.',
				since: '2025-03-11T00:00',
				references: ['http://example.org'],
			}),
		).toMatchInlineSnapshot(`
			[
			  "id: expected a bare lower-case domain name, e.g. news-pravda.com (no scheme, no path)",
			  "since: must be at most 10 characters",
			  "references.0: expected a full URL starting with https://, e.g. https://example.org/story",
			]
		`);
	});

	it('takes a bare domain only, whole: no scheme, no path, no capitals, at least one dot', () => {
		const domain = (id: unknown) => messages(blockedDomainSchema, { id, reason: 'Why.' });
		const bare =
			'id: expected a bare lower-case domain name, e.g. news-pravda.com (no scheme, no path)';
		expect(domain('news-pravda.com')).toEqual([]);
		expect(domain('sub.news-pravda.com')).toEqual([]);
		expect(domain('https://news-pravda.com')).toEqual([bare]);
		expect(domain('news-pravda.com/path')).toEqual([bare]);
		expect(domain('News-Pravda.com')).toEqual([bare]);
		expect(domain('localhost')).toEqual([bare]);
		expect(domain(42)).toEqual(['id: expected a domain name, e.g. news-pravda.com']);
	});

	it('keeps a reason to 400 characters and reads missing references as none', () => {
		expect(
			messages(blockedDomainSchema, { id: 'news-pravda.com', reason: 'x'.repeat(401) }),
		).toEqual(['reason: must be at most 400 characters']);
		expect(
			messages(blockedDomainSchema, { id: 'news-pravda.com', reason: 'x'.repeat(400) }),
		).toEqual([]);
		expect(blockedDomainSchema.parse({ id: 'news-pravda.com', reason: 'Why.' })).toEqual({
			id: 'news-pravda.com',
			reason: 'Why.',
			references: [],
		});
	});
});
