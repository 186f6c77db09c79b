/**
 * checkStatuses over a hand-made content set: which entries it blames, at which field and line,
 * and what it says (the rules themselves are in status-rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ContentSet, Entry } from '../../../src/lib/content/entries.ts';
import { checkStatuses } from '../../../src/lib/gate/status-rules.ts';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';

const LINES: Record<string, number> = {
	status: 2,
	'versions.1.sources': 9,
	'attendance.0.versions.0.basis': 14,
};

function entry<T>(collection: string, id: string, data: T, withLines = true): Entry<T> {
	return {
		id,
		file: `content/${collection}/${id}.yaml`,
		data,
		lineOf: (path) => (withLines ? LINES[path.map(String).join('.')] : undefined),
	};
}

const source = (id: string, publisher: string, type = 'outlet') =>
	entry(
		'sources',
		id,
		sourceSchema.parse({
			publisher,
			title: `Document ${id}`,
			url: `https://example.org/${id}`,
			published: 'unknown',
			accessed: '2026-11-24',
			archived: null,
			type,
			language: 'en',
		}),
	);

const sources = [
	source('bbc-one', 'BBC'),
	source('bbc-two', 'BBC'),
	source('reuters', 'Reuters'),
	source('ministry', 'French foreign ministry', 'official'),
];

function content(parts: Partial<ContentSet>): ContentSet {
	return {
		articles: [],
		events: [],
		participants: [],
		sources,
		claims: [],
		blockedDomains: [],
		...parts,
	};
}

const claim = (id: string, fields: Record<string, unknown>, withLines = true) =>
	entry(
		'claims',
		id,
		claimSchema.parse({ statement: 'Something happened.', ...fields }),
		withLines,
	);

const event = (id: string, fields: Record<string, unknown>) =>
	entry(
		'events',
		id,
		eventSchema.parse({
			title: 'Chiefs meet',
			summary: 'They met.',
			when: { precision: 'day', date: '2025-03-11' },
			status: 'reported',
			participants: ['france'],
			sources: ['reuters'],
			...fields,
		}),
	);

describe('checkStatuses', () => {
	it('blames a confirmed claim on one publisher at its status line, with the fix', () => {
		const problems = checkStatuses(
			content({
				claims: [
					claim('one-publisher', { status: 'confirmed', sources: ['bbc-one', 'bbc-two'] }),
					claim('two-publishers', { status: 'confirmed', sources: ['bbc-one', 'reuters'] }),
					claim('official', { status: 'confirmed', sources: ['ministry'] }),
					claim('reported', { status: 'reported', sources: ['bbc-one'] }),
				],
			}),
		);
		expect(problems).toStrictEqual([
			{
				file: 'content/claims/one-publisher.yaml',
				field: 'status',
				line: 2,
				severity: 'error',
				message:
					'"confirmed" needs two independent publishers or one official source; its sources count as one publisher (BBC: bbc-one, bbc-two) — set status: reported, or cite a second independent source',
			},
		]);
	});

	it('leaves out the line when the file has none for the field', () => {
		const problems = checkStatuses(
			content({
				claims: [claim('no-lines', { status: 'confirmed', sources: ['bbc-one'] }, false)],
			}),
		);
		expect(problems).toStrictEqual([
			{
				file: 'content/claims/no-lines.yaml',
				field: 'status',
				severity: 'error',
				message:
					'"confirmed" needs two independent publishers or one official source; its only source is one publisher (BBC: bbc-one) — set status: reported, or cite a second independent source',
			},
		]);
	});

	it('does not count a claim whose source is unknown (that is reported elsewhere)', () => {
		const problems = checkStatuses(
			content({
				claims: [claim('unknown', { status: 'confirmed', sources: ['bbc-one', 'no-such'] })],
			}),
		);
		expect(problems).toEqual([]);
	});

	it('blames a version of a disputed claim that has no source of its own, naming where each is cited', () => {
		const problems = checkStatuses(
			content({
				claims: [
					claim('disputed', {
						status: 'disputed',
						versions: [
							{ statement: 'Yes.', sources: ['bbc-one', 'reuters'] },
							{ statement: 'No.', sources: ['bbc-one', { source: 'reuters', quote: 'no' }] },
							{ statement: 'Maybe.', sources: ['ministry'] },
						],
					}),
				],
			}),
		);
		expect(problems.map((p) => `${p.field}:${p.line ?? '-'}: ${p.message}`)).toMatchInlineSnapshot(`
			[
			  "versions, item 1, sources:-: a version of a disputed claim needs a source of its own; every source here is also cited by another version (bbc-one in versions, item 2; reuters in versions, item 2) — cite the source that gives this account, or merge it into the version it shares its sources with",
			  "versions, item 2, sources:9: a version of a disputed claim needs a source of its own; every source here is also cited by another version (bbc-one in versions, item 1; reuters in versions, item 1) — cite the source that gives this account, or merge it into the version it shares its sources with",
			]
		`);
	});

	it('names every other version that cites the same source', () => {
		const problems = checkStatuses(
			content({
				claims: [
					claim('disputed', {
						status: 'disputed',
						versions: [
							{ statement: 'Yes.', sources: ['bbc-one'] },
							{ statement: 'No.', sources: ['bbc-one', 'ministry'] },
							{ statement: 'Maybe.', sources: ['bbc-one', 'reuters'] },
						],
					}),
				],
			}),
		);
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'versions, item 1, sources: a version of a disputed claim needs a source of its own; every source here is also cited by another version (bbc-one in versions, item 2, versions, item 3) — cite the source that gives this account, or merge it into the version it shares its sources with',
		]);
	});

	it('blames a confirmed event and a confirmed attendance on one publisher, naming who attended', () => {
		const problems = checkStatuses(
			content({
				events: [
					event('confirmed-event', {
						status: 'confirmed',
						sources: ['bbc-one'],
						attendance: [
							{
								participant: 'france',
								versions: [{ status: 'in-person', basis: 'confirmed', sources: ['bbc-two'] }],
							},
						],
					}),
					event('fine', {
						status: 'confirmed',
						sources: ['ministry'],
						attendance: [
							{
								participant: 'france',
								versions: [{ status: 'in-person', basis: 'reported', sources: ['bbc-two'] }],
							},
						],
					}),
				],
			}),
		);
		expect(problems.map((p) => `${p.file}:${p.line ?? '-'}: ${p.field}: ${p.message}`))
			.toMatchInlineSnapshot(`
				[
				  "content/events/confirmed-event.yaml:2: status: "confirmed" needs two independent publishers or one official source; its only source is one publisher (BBC: bbc-one) — set status: reported, or cite a second independent source",
				  "content/events/confirmed-event.yaml:14: attendance, item 1, versions, item 1, basis: "confirmed" for france needs two independent publishers or one official source; its only source is one publisher (BBC: bbc-two) — set basis: reported, or cite a second independent source",
				]
			`);
	});
});
