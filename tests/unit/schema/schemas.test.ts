/** Rules of one entry that live in the schemas (superRefine), checked without files. */
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';

const messages = (result: {
	success: boolean;
	error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const event = {
	title: 'Chiefs meet',
	summary: 'They met.',
	when: { precision: 'day', date: '2025-03-11' },
	status: 'confirmed',
	participants: ['france'],
	sources: ['wire-report'],
};

describe('event schema', () => {
	it('accepts honest date precision and turns dates into UTC midnights', () => {
		const result = eventSchema.parse({ ...event, when: { precision: 'month', date: '2024-12' } });
		expect(result.when.date.toISOString()).toBe('2024-12-01T00:00:00.000Z');
		const approximate = eventSchema.parse({
			...event,
			when: { precision: 'approximate', date: '2025-01-23', label: 'about 23 January 2025' },
		});
		expect(approximate.when).toMatchObject({
			precision: 'approximate',
			label: 'about 23 January 2025',
		});
	});

	it('asks for a label when the day is only approximate', () => {
		expect(
			messages(
				eventSchema.safeParse({ ...event, when: { precision: 'approximate', date: '2025-01-23' } }),
			),
		).toEqual(['when.label: expected text']);
	});

	it('refuses attendance for someone who is not a participant of the event', () => {
		const result = eventSchema.safeParse({
			...event,
			attendance: [
				{
					participant: 'japan',
					versions: [{ status: 'remote', basis: 'expected', sources: ['wire-report'] }],
				},
			],
		});
		expect(messages(result)).toEqual([
			'attendance.0.participant: "japan" has an attendance record but is not in `participants` — add it there',
		]);
	});

	it('refuses the same participant twice in a list', () => {
		expect(
			messages(eventSchema.safeParse({ ...event, participants: ['france', 'france'] })),
		).toEqual(['participants.1: "france" is listed twice — keep one']);
	});
});

describe('claim schema', () => {
	it('requires sources for a claim that is not disputed', () => {
		expect(messages(claimSchema.safeParse({ statement: 'x', status: 'reported' }))).toEqual([
			'sources: cite at least one source — add its id from content/sources/',
		]);
	});

	it('refuses versions on a claim that is not disputed', () => {
		const result = claimSchema.safeParse({
			statement: 'x',
			status: 'confirmed',
			sources: ['a'],
			versions: [
				{ statement: 'a', sources: ['a'] },
				{ statement: 'b', sources: ['b'] },
			],
		});
		expect(messages(result)).toEqual([
			'versions: only a disputed claim has `versions` — set status: disputed, or move the sources to `sources`',
		]);
	});
});

describe('source schema', () => {
	const source = {
		publisher: 'AP',
		title: 'x',
		url: 'https://example.org/x',
		published: 'unknown',
		accessed: '2026-11-24',
		archived: null,
		type: 'outlet',
		language: 'en',
	};

	it('accepts a source with an unknown publication date', () => {
		expect(sourceSchema.parse(source).published).toBe('unknown');
	});

	it('refuses plain http and other schemes', () => {
		expect(messages(sourceSchema.safeParse({ ...source, url: 'http://example.org/x' }))).toEqual([
			'url: expected a full URL starting with https://, e.g. https://example.org/story',
		]);
		expect(
			messages(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' })),
		).toHaveLength(1);
	});

	it('asks a mirror to say where the copy is', () => {
		expect(messages(sourceSchema.safeParse({ ...source, type: 'mirror' }))).toEqual([
			'via: a mirror needs `via`: the site that reposted the text, e.g. "calgarypuck.com forum"',
		]);
	});

	it('asks for a note when the URL is unknown', () => {
		expect(messages(sourceSchema.safeParse({ ...source, url: null }))).toEqual([
			'note: a source without a URL needs a `note` saying why the address is unknown',
		]);
	});

	it('reads the day of the archived copy, and refuses one without a copy', () => {
		const archived = 'https://web.archive.org/web/20261125101500/https://example.org/x';
		expect(
			sourceSchema
				.parse({ ...source, archived, archivedOn: '2026-11-25' })
				.archivedOn?.toISOString(),
		).toBe('2026-11-25T00:00:00.000Z');
		expect(messages(sourceSchema.safeParse({ ...source, archivedOn: '2026-11-25' }))).toEqual([
			'archivedOn: `archivedOn` is the day of the archived copy, but `archived` is null — add the copy or remove `archivedOn`',
		]);
	});
});
