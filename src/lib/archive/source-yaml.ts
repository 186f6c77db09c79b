/**
 * Reads what the archive tool needs from a source file, and writes a snapshot into it by editing
 * the text, not by re-serialising the YAML: every other line, comment, quote style and blank line
 * stays byte for byte, so the pull request shows only the two lines that changed.
 */
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { sourceSchema, type Source } from '../schema/source.ts';

/** The parsed source, or why it cannot be used. */
export type SourceRead = { ok: true; source: Source } | { ok: false; message: string };

/** Parses and validates a source file's text with the content schema. */
export function readSourceYaml(text: string): SourceRead {
	const doc = parse(text);
	if (doc.errors.length > 0) {
		return { ok: false, message: `is not valid YAML (${doc.errors[0]?.message.split('\n')[0]})` };
	}
	const result = sourceSchema.safeParse(doc.toJS());
	if (!result.success) {
		const issue = result.error.issues[0];
		const field = issue?.path.join('.') || 'file';
		return { ok: false, message: `${field}: ${issue?.message ?? 'is not a valid source'}` };
	}
	return { ok: true, source: result.data };
}

/** A snapshot to record. */
export interface ArchiveFields {
	/** The snapshot's https address. */
	url: string;
	/** The day it was captured, `YYYY-MM-DD` (UTC). */
	day: string;
}

/** The edited text, or why the file was left alone. */
export type SourceEdit = { ok: true; text: string } | { ok: false; message: string };

/**
 * Puts a snapshot into a source whose `archived` is null: replaces `null` on that line with the
 * address and adds `archivedOn: YYYY-MM-DD` on the next line. Refuses a file whose `archived`
 * already holds a link (a person wrote it, or an earlier run did) or that already has
 * `archivedOn`; checks the result by parsing it again.
 */
export function writeArchiveFields(text: string, fields: ArchiveFields): SourceEdit {
	const doc = parse(text);
	const map = doc.contents;
	if (doc.errors.length > 0 || !isMap(map) || map.flow) {
		return { ok: false, message: 'is not a YAML mapping written one field per line' };
	}
	const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'archived');
	if (!pair) return { ok: false, message: 'has no `archived` field — add `archived: null`' };
	if (map.has('archivedOn')) {
		return { ok: false, message: 'already has `archivedOn` — remove it or fill in `archived`' };
	}
	const value = pair.value;
	if (!isScalar(value) || value.value !== null || !value.range) {
		return { ok: false, message: 'already has an archived link, which is kept' };
	}
	const [start, end] = value.range;
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	let lineEnd = text.indexOf('\n', end);
	if (lineEnd === -1) lineEnd = text.length;
	else if (text[lineEnd - 1] === '\r') lineEnd -= 1;

	for (const written of [fields.url, `'${fields.url.replaceAll("'", "''")}'`]) {
		const gap = text[start - 1] === ':' ? ' ' : '';
		const edited =
			text.slice(0, start) +
			gap +
			written +
			text.slice(end, lineEnd) +
			`${eol}archivedOn: ${fields.day}` +
			text.slice(lineEnd);
		if (isSameApartFrom(doc, parse(edited), fields)) return { ok: true, text: edited };
	}
	return { ok: false, message: `cannot write ${fields.url} as a YAML value on one line` };
}

function parse(text: string): Document {
	return parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false });
}

/** Whether `after` holds exactly `before`'s data plus the two archive fields. */
function isSameApartFrom(before: Document, after: Document, fields: ArchiveFields): boolean {
	if (after.errors.length > 0) return false;
	const expected = { ...(before.toJS() as object), archived: fields.url, archivedOn: fields.day };
	return JSON.stringify(sortKeys(after.toJS())) === JSON.stringify(sortKeys(expected));
}

function sortKeys(value: unknown): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	return Object.fromEntries(
		Object.entries(value)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, inner]) => [key, sortKeys(inner)]),
	);
}
