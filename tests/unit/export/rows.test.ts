import { describe, expect, it } from 'vitest';
import {
	toArticleRows,
	toAttendanceRows,
	toClaimRows,
	toClaimVersionRows,
	toEventRows,
	toSourceRows,
	toWhenDateText,
} from '../../../src/lib/export/rows.ts';
import type { Event } from '../../../src/lib/schema/event.ts';

const SITE = 'https://example.org';
const day = (text: string) => new Date(`${text}T00:00:00Z`);

const meeting: Event = {
	title: 'Meeting',
	summary: 'They met.',
	when: { precision: 'range', date: day('2025-03-03'), end: day('2025-03-05') },
	status: 'confirmed',
	participants: ['france', 'united-states'],
	claims: [],
	sources: ['wire', { source: 'ministry', quote: 'met' }],
	attendance: [
		{
			participant: 'france',
			versions: [{ status: 'in-person', basis: 'confirmed', sources: ['ministry'] }],
		},
		{
			participant: 'united-states',
			versions: [
				{ status: 'not-invited', basis: 'confirmed', sources: ['wire'] },
				{ status: 'absent', basis: 'expected', note: 'One preview.', sources: ['preview'] },
			],
		},
	],
};

describe('event rows', () => {
	it('keeps the precision, writes dates as in the content and the phrase readers see', () => {
		expect(toEventRows([{ id: '2025-03-03-meeting', data: meeting }], SITE)).toEqual([
			{
				id: '2025-03-03-meeting',
				title: 'Meeting',
				summary: 'They met.',
				status: 'confirmed',
				precision: 'range',
				date: '2025-03-03',
				end: '2025-03-05',
				label: '3–5 March 2025',
				location: null,
				participants: ['france', 'united-states'],
				claims: [],
				sources: ['wire', 'ministry'],
				url: 'https://example.org/timeline/#2025-03-03-meeting',
			},
		]);
	});

	it('writes a month as YYYY-MM, never as an invented day', () => {
		expect(toWhenDateText({ precision: 'month', date: day('2024-12-01') })).toBe('2024-12');
		expect(
			toWhenDateText({
				precision: 'approximate',
				date: day('2025-01-23'),
				label: 'about 23 January 2025',
			}),
		).toBe('2025-01-23');
	});

	it('writes one attendance row per version, numbered, with the count of versions', () => {
		expect(
			toAttendanceRows([{ id: 'm', data: meeting }]).map((row) => [
				row.participant,
				row.version,
				row.versions,
				row.status,
				row.note,
			]),
		).toEqual([
			['france', 1, 1, 'in-person', null],
			['united-states', 1, 2, 'not-invited', null],
			['united-states', 2, 2, 'absent', 'One preview.'],
		]);
	});
});

describe('source rows', () => {
	it('writes an unknown publication date as null', () => {
		const [row] = toSourceRows(
			[
				{
					id: 'print',
					data: {
						publisher: 'Paper',
						title: 'Story',
						titleIsQuoted: true,
						url: null,
						published: 'unknown',
						accessed: day('2026-11-24'),
						archived: null,
						type: 'outlet',
						language: 'fr',
						note: 'Print only.',
					},
				},
			],
			SITE,
		);
		expect(row).toMatchObject({
			url: null,
			published: null,
			accessed: '2026-11-24',
			via: null,
			page: 'https://example.org/sources/#print',
		});
	});
});

describe('claim rows', () => {
	const disputed = {
		id: 'count',
		data: {
			statement: 'How many?',
			status: 'disputed' as const,
			events: [],
			participants: [],
			versions: [
				{ statement: '34.', sources: ['a'] },
				{ statement: '30.', sources: [{ source: 'b', quote: 'thirty' }] },
			],
		},
	};

	it('counts the versions of a disputed claim and lists them in their own rows', () => {
		expect(toClaimRows([disputed], SITE)[0]).toMatchObject({
			sources: [],
			versions: 2,
			correctsSource: null,
		});
		expect(toClaimVersionRows([disputed])).toEqual([
			{ claim: 'count', version: 1, statement: '34.', sources: ['a'] },
			{ claim: 'count', version: 2, statement: '30.', sources: ['b'] },
		]);
	});
});

describe('article rows', () => {
	it('lists the cited sources in order of first citation and counts corrections', () => {
		const [row] = toArticleRows(
			[
				{
					id: 'paris',
					citedSources: ['wire'],
					data: {
						title: 'T',
						standfirst: 'S',
						kind: 'report',
						published: day('2026-11-26'),
						tags: [],
						participants: [],
						events: [],
						claims: [],
						corrections: [{ date: day('2026-11-27'), note: 'Fixed.' }],
					},
				},
			],
			SITE,
		);
		expect(row).toMatchObject({
			published: '2026-11-26',
			updated: null,
			sources: ['wire'],
			corrections: 1,
			url: 'https://example.org/articles/paris/',
		});
	});
});
