/**
 * CSV through csv-stringify (the sibling of the csv-parse the tests read it back with), set to
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): a header row, CRLF after every record, and a
 * field quoted only when it holds a comma, a double quote, CR or LF. The endpoints serve it as
 * UTF-8 without a byte-order mark, which RFC 4180 and most tools other than old Excel expect.
 */
import { stringify } from 'csv-stringify/sync';

/** One cell as the writer accepts it: text as is; numbers and booleans as their string form. */
export type CsvValue = string | number | boolean;

/**
 * Writes a header row and the records.
 * @param header column names, written as the first record
 * @param records one array of cells per record, in header order
 */
export function formatCsv(
	header: readonly string[],
	records: ReadonlyArray<readonly CsvValue[]>,
): string {
	const width = header.length;
	records.forEach((record, index) => {
		if (record.length !== width) {
			throw new Error(
				`CSV record ${index + 1} has ${record.length} fields but the header has ${width}`,
			);
		}
	});
	return stringify([header, ...records] as CsvValue[][], {
		record_delimiter: 'windows',
		// csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone CR or LF,
		// which would break the record for every reader: RFC 4180 quotes both.
		quoted_match: /[\r\n]/,
		// csv-stringify writes true as "1" and false as "" by default; the files say true/false.
		cast: { boolean: (value) => String(value) },
	});
}
