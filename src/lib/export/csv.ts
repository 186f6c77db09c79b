/**
 * A small CSV writer following RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): a header row,
 * CRLF between records, and a field quoted only when it holds a comma, a double quote, CR or LF,
 * with quotes doubled inside. The text is returned as a string; the endpoints serve it as UTF-8
 * without a byte-order mark, which RFC 4180 and most tools other than old Excel expect.
 */

/** One cell as the writer accepts it: text is written as is, everything else as its string form. */
export type CsvValue = string | number | boolean;

const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a field when RFC 4180 requires it, e.g. `a,b` → `"a,b"` and `say "hi"` → `"say ""hi"""`. */
export function toCsvField(value: CsvValue): string {
	const text = String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a header row and the records, each record ending with CRLF (the final line break is
 * optional in RFC 4180; writing it keeps `cat a.csv b.csv` and line counters simple).
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
	return [header, ...records].map((record) => `${record.map(toCsvField).join(',')}\r\n`).join('');
}
