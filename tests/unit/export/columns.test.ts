import { z } from 'astro/zod';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fromCsvRecord, getColumns, toCsv, toCsvRecord } from '../../../src/lib/export/columns.ts';

const schema = z.strictObject({
	id: z.string().describe('The id.'),
	status: z.enum(['confirmed', 'disputed']).describe('The status.'),
	note: z.string().nullable().describe('A note, or null.'),
	count: z.int().describe('A count.'),
	member: z.boolean().describe('Yes or no.'),
	sources: z.array(z.string()).describe('Source ids.'),
});

type Row = z.output<typeof schema>;

const rows: Row[] = [
	{
		id: 'a',
		status: 'confirmed',
		note: 'Says "34", not 30.',
		count: 2,
		member: true,
		sources: ['x', 'y-z'],
	},
	{ id: 'b', status: 'disputed', note: null, count: 0, member: false, sources: [] },
];

describe('getColumns', () => {
	it('reads names, kinds, nullability, enum values and descriptions from the schema, in order', () => {
		expect(getColumns(schema)).toEqual([
			{ name: 'id', kind: 'text', nullable: false, description: 'The id.' },
			{
				name: 'status',
				kind: 'text',
				nullable: false,
				description: 'The status.',
				values: ['confirmed', 'disputed'],
			},
			{ name: 'note', kind: 'text', nullable: true, description: 'A note, or null.' },
			{ name: 'count', kind: 'integer', nullable: false, description: 'A count.' },
			{ name: 'member', kind: 'boolean', nullable: false, description: 'Yes or no.' },
			{ name: 'sources', kind: 'list', nullable: false, description: 'Source ids.' },
		]);
	});

	it('refuses a nested object, which a CSV field cannot hold', () => {
		const nested = z.strictObject({ when: z.strictObject({ date: z.string() }) });
		expect(() => getColumns(nested)).toThrowErrorMatchingInlineSnapshot(
			`[Error: column "when": a download's row holds only text, numbers, booleans or lists, not object]`,
		);
	});
});

describe('CSV records', () => {
	const columns = getColumns(schema);

	it('writes null as an empty field and a list with ";" between ids', () => {
		expect(toCsvRecord(rows[0] ?? {}, columns)).toEqual([
			'a',
			'confirmed',
			'Says "34", not 30.',
			2,
			true,
			'x;y-z',
		]);
		expect(toCsvRecord(rows[1] ?? {}, columns)).toEqual(['b', 'disputed', '', 0, false, '']);
	});

	it('refuses a list item that contains the separator', () => {
		expect(() =>
			toCsvRecord({ ...rows[0], sources: ['a;b'] } as Row, columns),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: column "sources": list item "a;b" cannot be written to CSV]`,
		);
	});

	it('gives back the same rows after a real CSV parser reads the file', () => {
		const csv = toCsv(schema, rows);
		expect(csv.split('\r\n')[0]).toBe('id,status,note,count,member,sources');
		const records: Array<Record<string, string>> = parse(csv, { columns: true });
		expect(records.map((record) => fromCsvRecord(record, columns))).toEqual(rows);
	});
});
