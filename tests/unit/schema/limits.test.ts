/**
 * Each field's length limit and the message for a value of the wrong kind, field by field. The
 * limits are the ones the contributor guide promises (a headline fits a line on a phone, a summary
 * a few sentences), written out here by hand: a limit changed in a schema shows up as a failure.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { messages } from '../../helpers/schema-messages.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';
import { participantSchema } from '../../../src/lib/schema/participant.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';

type Path = Array<string | number>;

/** A deep copy of `entry` with the value at `path` replaced. */
function withValue(entry: object, path: Path, value: unknown): unknown {
	const copy = structuredClone(entry) as Record<string | number, unknown>;
	let at = copy;
	for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
	at[path.at(-1) ?? ''] = value;
	return copy;
}

/** Every [path, limit] whose value of exactly `limit` characters passes and one more does not. */
function overLimit(schema: z.ZodType, entry: object, limits: Array<[Path, number]>): string[] {
	return limits.flatMap(([path, limit]) => {
		const at = messages(schema, withValue(entry, path, 'x'.repeat(limit)));
		const over = messages(schema, withValue(entry, path, 'x'.repeat(limit + 1)));
		const expected = `${path.join('.')}: must be at most ${limit} characters`;
		return at.length === 0 && over.length === 1 && over[0] === expected
			? []
			: [`${path.join('.')}: at ${limit}: ${at.join('; ')} / over: ${over.join('; ')}`];
	});
}

const sources = ['wire-report'];

const article = {
	title: 'Chiefs meet',
	standfirst: 'They met.',
	kind: 'report',
	published: '2025-03-11',
	corrections: [{ date: '2025-03-12', note: 'A name was misspelt.' }],
	updated: '2025-03-12',
};

const when = { precision: 'approximate', date: '2025-03-11', label: 'about 11 March 2025' };

const claim = {
	statement: 'The chiefs met.',
	status: 'reported',
	participants: ['estonia'],
	sources,
	corrects: { source: 'founding-article', said: 'That they met later.' },
	pledge: { participant: 'estonia', what: 'A company', when },
};

const disputed = {
	statement: 'How many came?',
	status: 'disputed',
	versions: [
		{ statement: 'Thirty.', sources },
		{ statement: 'Forty.', sources: ['other-report'] },
	],
};

const event = {
	title: 'Chiefs meet',
	summary: 'They met.',
	when,
	status: 'reported',
	location: 'Paris',
	participants: ['france'],
	sources,
	attendance: [
		{
			participant: 'france',
			versions: [{ status: 'in-person', basis: 'reported', note: 'Host.', sources }],
		},
	],
};

const person = {
	name: 'Jane Doe',
	kind: 'person',
	summary: 'A spokesperson.',
	roles: [{ title: 'Spokesperson', of: 'france', period: 'March 2025', sources }],
	sources,
};

const source = {
	publisher: 'AP',
	via: 'WKMG',
	wire: 'AP',
	title: 'A preview',
	url: 'https://example.org/story',
	published: '2025-03-10',
	accessed: '2026-11-24',
	archived: null,
	type: 'wire',
	language: 'en',
	note: 'AMP page.',
};

describe('length limits', () => {
	it('holds each valid entry used below', () => {
		expect(messages(articleSchema, article)).toEqual([]);
		expect(messages(claimSchema, claim)).toEqual([]);
		expect(messages(claimSchema, disputed)).toEqual([]);
		expect(messages(eventSchema, event)).toEqual([]);
		expect(messages(participantSchema, person)).toEqual([]);
		expect(messages(sourceSchema, source)).toEqual([]);
	});

	it('keeps article fields to their limits', () => {
		expect(
			overLimit(articleSchema, article, [
				[['title'], 120],
				[['standfirst'], 300],
				[['corrections', 0, 'note'], 400],
			]),
		).toEqual([]);
	});

	it('keeps claim fields to their limits', () => {
		expect(
			overLimit(claimSchema, claim, [
				[['statement'], 500],
				[['corrects', 'said'], 300],
				[['pledge', 'what'], 200],
				[['pledge', 'when', 'label'], 80],
			]),
		).toEqual([]);
		expect(overLimit(claimSchema, disputed, [[['versions', 0, 'statement'], 400]])).toEqual([]);
	});

	it('keeps event fields to their limits', () => {
		expect(
			overLimit(eventSchema, event, [
				[['title'], 140],
				[['summary'], 600],
				[['location'], 120],
				[['attendance', 0, 'versions', 0, 'note'], 300],
			]),
		).toEqual([]);
	});

	it('keeps participant fields to their limits', () => {
		expect(
			overLimit(participantSchema, person, [
				[['name'], 120],
				[['summary'], 400],
				[['roles', 0, 'title'], 160],
				[['roles', 0, 'period'], 80],
			]),
		).toEqual([]);
	});

	it('keeps source fields to their limits, and a citation quote and locator', () => {
		expect(
			overLimit(sourceSchema, source, [
				[['publisher'], 120],
				[['via'], 120],
				[['wire'], 120],
				[['title'], 240],
				[['note'], 400],
			]),
		).toEqual([]);
		const cited = { ...event, sources: [{ source: 'wire-report', quote: 'q', locator: 'l' }] };
		expect(
			overLimit(eventSchema, cited, [
				[['sources', 0, 'quote'], 300],
				[['sources', 0, 'locator'], 120],
			]),
		).toEqual([]);
	});
});

describe('a value of the wrong kind', () => {
	it('names what each reference field expects, with an example id', () => {
		expect(messages(claimSchema, withValue(claim, ['participants'], [7]))).toEqual([
			'participants.0: expected the id of an entry in content/participants/, e.g. france',
		]);
		expect(messages(claimSchema, withValue(claim, ['pledge', 'participant'], 7))).toEqual([
			'pledge.participant: expected the id of an entry in content/participants/, e.g. estonia',
		]);
		expect(messages(claimSchema, withValue(claim, ['corrects', 'source'], 7))).toEqual([
			'corrects.source: expected the id of an entry in content/sources/, e.g. founding-article',
		]);
		expect(messages(claimSchema, withValue(claim, ['events'], ['Paris Meeting']))).toEqual([
			'events.0: expected a lower-case kebab-case id of an entry in content/events/, e.g. 2025-03-11-paris-chiefs-meeting',
		]);
		expect(messages(articleSchema, withValue(article, ['claims'], [7]))).toEqual([
			'claims.0: expected the id of an entry in content/claims/, e.g. us-not-invited',
		]);
		expect(messages(articleSchema, withValue(article, ['events'], [7]))).toEqual([
			'events.0: expected the id of an entry in content/events/, e.g. 2025-03-11-paris-chiefs-meeting',
		]);
		expect(messages(eventSchema, withValue(event, ['claims'], [7]))).toEqual([
			'claims.0: expected the id of an entry in content/claims/, e.g. us-not-invited',
		]);
		expect(messages(eventSchema, withValue(event, ['participants'], [7]))).toEqual([
			'participants.0: expected the id of an entry in content/participants/, e.g. france',
		]);
		expect(messages(eventSchema, withValue(event, ['attendance', 0, 'participant'], 7))).toEqual([
			'attendance.0.participant: expected the id of an entry in content/participants/, e.g. france',
		]);
		expect(messages(participantSchema, withValue(person, ['country'], 7))).toEqual([
			'country: expected the id of an entry in content/participants/, e.g. ukraine',
		]);
		expect(messages(participantSchema, withValue(person, ['roles', 0, 'of'], 7))).toEqual([
			'roles.0.of: expected the id of an entry in content/participants/, e.g. france',
		]);
	});

	it('takes a whole id only', () => {
		expect(
			messages(claimSchema, withValue(claim, ['participants'], ['estonia', 'estonian army'])),
		).toEqual([
			'participants.1: expected a lower-case kebab-case id of an entry in content/participants/, e.g. france',
		]);
		expect(messages(articleSchema, withValue(article, ['tags'], ['security force']))).toEqual([
			'tags.0: expected a lower-case kebab-case tag, e.g. security-force',
		]);
	});

	it('lists the allowed values of each vocabulary', () => {
		const attendance = ['attendance', 0, 'versions', 0];
		expect(messages(eventSchema, withValue(event, [...attendance, 'status'], 'there'))).toEqual([
			'attendance.0.versions.0.status: expected one of: in-person, remote, observer, not-invited, did-not-respond, absent, unclear',
		]);
		expect(messages(eventSchema, withValue(event, [...attendance, 'basis'], 'rumour'))).toEqual([
			'attendance.0.versions.0.basis: expected one of: expected, reported, confirmed',
		]);
		expect(messages(eventSchema, withValue(event, ['status'], 'done'))).toEqual([
			'status: expected one of: expected, reported, confirmed, cancelled',
		]);
		expect(messages(claimSchema, withValue(claim, ['status'], 'true'))).toEqual([
			'status: expected one of: confirmed, reported, disputed, unconfirmed',
		]);
		const membership = { alliance: 'un', member: 'yes', sources };
		expect(
			messages(participantSchema, {
				name: 'France',
				kind: 'country',
				summary: 'A country.',
				memberships: [membership],
				sources,
			}),
		).toEqual([
			'memberships.0.alliance: expected one of: nato, eu, commonwealth',
			'memberships.0.member: expected true or false',
		]);
	});

	it('says what a text, a list of versions or of sources, a URL and a language must be', () => {
		expect(messages(eventSchema, withValue(event, ['title'], 7))).toEqual(['title: expected text']);
		expect(messages(eventSchema, withValue(event, ['summary'], 7))).toEqual([
			'summary: expected text',
		]);
		expect(messages(eventSchema, withValue(event, ['title'], '  '))).toEqual([
			'title: must not be empty',
		]);
		expect(messages(eventSchema, withValue(event, ['summary'], ' '))).toEqual([
			'summary: must not be empty',
		]);
		expect(messages(eventSchema, withValue(event, ['attendance', 0, 'versions'], 'x'))).toEqual([
			'attendance.0.versions: expected a list of versions, each with status, basis and sources',
		]);
		expect(messages(eventSchema, withValue(event, ['attendance', 0, 'versions'], []))).toEqual([
			'attendance.0.versions: give at least one version (status, basis, sources)',
		]);
		expect(messages(eventSchema, withValue(event, ['sources'], 'wire-report'))).toEqual([
			'sources: expected a list of source ids, e.g. [ap-2025-03-10-preview]',
		]);
		expect(messages(eventSchema, withValue(event, ['sources'], [7]))).toEqual([
			'sources.0: expected a source id, or { source, quote?, locator? }',
		]);
		expect(messages(sourceSchema, withValue(source, ['url'], 7))).toEqual([
			'url: expected a URL starting with https://',
		]);
		expect(messages(sourceSchema, withValue(source, ['language'], 7))).toEqual([
			'language: expected a language code such as en, fr, uk',
		]);
		expect(messages(sourceSchema, withValue(source, ['language'], 'en-gb'))).toEqual([
			'language: expected a language code such as en, fr, uk (or "unknown")',
		]);
	});

	it('keeps a day that is already a Date, as inside astro build', () => {
		const published = new Date(Date.UTC(2025, 2, 11));
		expect(articleSchema.parse({ ...article, published }).published).toEqual(published);
	});

	it('tells a day that does not exist from a day in the wrong form', () => {
		expect(messages(articleSchema, withValue(article, ['published'], '2025-02-30'))).toEqual([
			'published: "2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11',
		]);
		expect(messages(articleSchema, withValue(article, ['published'], 'x2025-03-11'))).toEqual([
			'published: "x2025-03-11" is not written YYYY-MM-DD — write it as digits, e.g. 2025-03-11',
		]);
		expect(messages(articleSchema, withValue(article, ['published'], '2025-03-111'))).toEqual([
			'published: "2025-03-111" is not written YYYY-MM-DD — write it as digits, e.g. 2025-03-11',
		]);
	});
});

describe('rules across an event’s fields', () => {
	it('takes one attendance record per participant', () => {
		const record = event.attendance[0];
		expect(messages(eventSchema, { ...event, attendance: [record, record] })).toEqual([
			'attendance.1.participant: "france" has two attendance records — merge them into one with several versions',
		]);
	});

	it('takes a range that ends on the day it starts, not one that ends before', () => {
		const range = (end: string) => ({
			...event,
			when: { precision: 'range', date: '2025-03-11', end },
		});
		expect(messages(eventSchema, range('2025-03-11'))).toEqual([]);
		expect(messages(eventSchema, range('2025-03-10'))).toEqual([
			'when.end: the range ends before it starts — swap `date` and `end`',
		]);
	});
});

describe('rules across a claim’s fields', () => {
	it('needs two versions or more for a disputed claim', () => {
		const [first] = disputed.versions;
		expect(messages(claimSchema, { ...disputed, versions: [first] })).toEqual([
			'versions: a disputed claim needs `versions`: two or more accounts, each with its sources',
		]);
	});
});
