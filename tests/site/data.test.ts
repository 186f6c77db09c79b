/**
 * The fixture site's downloads: CSV rows written out by hand from tests/fixture-site/content/, each
 * JSON file valid against its published schema, and JSON and CSV holding the same records.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ORIGIN, site } from './fixture.ts';

const NAMES = [
	'events',
	'attendance',
	'participants',
	'roles',
	'memberships',
	'sources',
	'claims',
	'claim-versions',
	'articles',
];

/** A CSV download as rows of strings, header first. */
const csv = (name: string): string[][] =>
	parse(site.readText(`/data/${name}.csv`), { record_delimiter: '\r\n' });

describe('CSV downloads', () => {
	it('give one event per row, with precision, date, end and label', () => {
		expect(csv('events').map((row) => row.slice(0, 8))).toEqual([
			['id', 'title', 'summary', 'status', 'precision', 'date', 'end', 'label'],
			[
				'2024-12-residence-dinner',
				'A dinner at a residence',
				'Leaders dined together; only the month is known.',
				'reported',
				'month',
				'2024-12',
				'',
				'December 2024',
			],
			[
				'2025-01-23-spokesperson-remark',
				"The spokesperson's remark",
				'The spokesperson spoke about a force; the day is an estimate.',
				'reported',
				'approximate',
				'2025-01',
				'',
				'about 23 January 2025',
			],
			[
				'2025-03-01-invitations-sent',
				'Invitations sent',
				'Invitations went out some time before March.',
				'reported',
				'before',
				'2025-03-01',
				'',
				'before March 2025',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'Chiefs meet in Paris',
				'Military chiefs met to plan a force.',
				'confirmed',
				'day',
				'2025-03-11',
				'',
				'11 March 2025',
			],
			[
				'2025-03-27-leaders-summit',
				'Leaders meet',
				'Leaders were to meet over two days.',
				'expected',
				'range',
				'2025-03-27',
				'2025-03-28',
				'27–28 March 2025',
			],
			[
				'2025-03-31-headquarters-later',
				'A headquarters, later',
				'A headquarters was to follow at some point.',
				'expected',
				'after',
				'2025-03-31',
				'',
				'after March 2025',
			],
		]);
	});

	it('list ids separated by ; and give absolute page addresses', () => {
		const meeting = csv('events')[4] ?? [];
		expect(meeting.slice(8)).toEqual([
			'Paris',
			'france;ukraine;united-states;italy;japan;ireland;nato',
			'meeting-held;country-count;us-not-invited',
			'wire-preview;ministry-statement',
			`${ORIGIN}/timeline/#2025-03-11-paris-chiefs-meeting`,
		]);
	});

	it('give one row per attendance version, numbered among its record', () => {
		expect(csv('attendance')).toEqual([
			['event', 'participant', 'version', 'versions', 'status', 'basis', 'note', 'sources'],
			[
				'2025-03-11-paris-chiefs-meeting',
				'france',
				'1',
				'1',
				'in-person',
				'confirmed',
				'',
				'wire-preview;ministry-statement',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'ukraine',
				'1',
				'1',
				'in-person',
				'reported',
				'',
				'daily-report',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'united-states',
				'1',
				'2',
				'not-invited',
				'confirmed',
				'Left out on purpose.',
				'ministry-statement',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'united-states',
				'2',
				'2',
				'absent',
				'expected',
				'',
				'wire-preview',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'italy',
				'1',
				'1',
				'observer',
				'reported',
				'',
				'daily-report',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'japan',
				'1',
				'1',
				'remote',
				'expected',
				'',
				'wire-preview',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'ireland',
				'1',
				'1',
				'did-not-respond',
				'reported',
				'',
				'daily-report',
			],
			[
				'2025-03-11-paris-chiefs-meeting',
				'nato',
				'1',
				'1',
				'unclear',
				'reported',
				'',
				'daily-report',
			],
			[
				'2025-03-27-leaders-summit',
				'france',
				'1',
				'1',
				'in-person',
				'expected',
				'',
				'forum-mirror',
			],
		]);
	});

	it('give each version of the disputed claim its own row', () => {
		expect(csv('claim-versions')).toEqual([
			['claim', 'version', 'statement', 'sources'],
			['country-count', '1', 'More than 30.', 'wire-preview'],
			['country-count', '2', 'Exactly 34.', 'daily-report'],
		]);
	});

	it('have one row per entry of each kind', () => {
		const rows = Object.fromEntries(NAMES.map((name) => [name, csv(name).length - 1]));
		expect(rows).toEqual({
			events: 6,
			attendance: 9,
			participants: 9,
			roles: 1,
			memberships: 1,
			sources: 6,
			claims: 5,
			'claim-versions': 2,
			articles: 4,
		});
	});

	it('are UTF-8 without a byte-order mark, with CRLF line ends', () => {
		for (const name of NAMES) {
			const text = site.readText(`/data/${name}.csv`);
			expect(text.charCodeAt(0), name).not.toBe(0xfeff);
			expect(text.endsWith('\r\n'), name).toBe(true);
			expect(text.replace(/\r\n/g, '').includes('\n') && !text.includes('"'), name).toBe(false);
		}
	});
});

describe('JSON downloads', () => {
	it('validate against their published JSON Schemas', () => {
		const problems = NAMES.flatMap((name) => {
			const schema = JSON.parse(site.readText(`/data/${name}.schema.json`)) as object;
			const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
			validate(JSON.parse(site.readText(`/data/${name}.json`)));
			return (validate.errors ?? []).map(
				(error) => `${name}: ${error.instancePath} ${error.message}`,
			);
		});
		expect(problems).toEqual([]);
	});

	it('hold the same records as the CSV files', () => {
		const sources = JSON.parse(site.readText('/data/sources.json')) as Array<
			Record<string, unknown>
		>;
		expect(sources.find((row) => row['id'] === 'daily-report')).toEqual({
			id: 'daily-report',
			publisher: 'The Daily',
			via: null,
			title: 'Report on the meeting',
			titleIsQuoted: false,
			url: 'https://example.org/daily-report',
			published: null,
			accessed: '2026-11-26',
			archived: null,
			archivedOn: null,
			type: 'outlet',
			language: 'en',
			note: null,
			page: `${ORIGIN}/sources/#daily-report`,
		});
		expect(csv('sources').find((row) => row[0] === 'daily-report')).toEqual([
			'daily-report',
			'The Daily',
			'',
			'Report on the meeting',
			'false',
			'https://example.org/daily-report',
			'',
			'2026-11-26',
			'',
			'',
			'outlet',
			'en',
			'',
			`${ORIGIN}/sources/#daily-report`,
		]);
	});
});
