import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsv, type CsvValue } from '../../../src/lib/export/csv.ts';

/** One field as written: the file minus its header `h` and the record's CRLF. */
const toCsvField = (value: CsvValue) => formatCsv(['h'], [[value]]).slice(3, -2);

describe('one field', () => {
	it('leaves plain text, numbers and booleans unquoted', () => {
		expect(toCsvField('france')).toBe('france');
		expect(toCsvField('Sébastien Lecornu')).toBe('Sébastien Lecornu');
		expect(toCsvField(34)).toBe('34');
		expect(toCsvField(false)).toBe('false');
		expect(toCsvField('')).toBe('');
	});

	it('quotes a field with a comma, a quote or a line break, and doubles the quotes', () => {
		expect(toCsvField('Paris, France')).toBe('"Paris, France"');
		expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
		expect(toCsvField('one\ntwo')).toBe('"one\ntwo"');
		expect(toCsvField('one\r\ntwo')).toBe('"one\r\ntwo"');
	});
});

describe('formatCsv', () => {
	it('writes the header, then one CRLF-terminated record per row', () => {
		expect(
			formatCsv(
				['id', 'note'],
				[
					['a', 'x, y'],
					['b', ''],
				],
			),
		).toBe('id,note\r\na,"x, y"\r\nb,\r\n');
	});

	it('writes only the header when there are no records', () => {
		expect(formatCsv(['id'], [])).toBe('id\r\n');
	});

	it('refuses a record whose width differs from the header', () => {
		expect(() => formatCsv(['id', 'note'], [['a']])).toThrowErrorMatchingInlineSnapshot(
			`[Error: CSV record 1 has 1 fields but the header has 2]`,
		);
	});

	it('round-trips awkward text through a real CSV parser', () => {
		const records = [
			['“quoted” and "double"', 'a,b;c', 'line one\nline two', '  spaces  ', 'Київ, 2025'],
			['', '=1+1', '\r\n', '"', 'end'],
		];
		const header = ['a', 'b', 'c', 'd', 'e'];
		const parsed: string[][] = parse(formatCsv(header, records), { relax_column_count: false });
		expect(parsed).toEqual([header, ...records]);
	});
});
