/**
 * Columns of a download, read from its zod row schema, and the conversion of rows to and from CSV
 * records. Reading the columns from the schema (rather than listing them again) keeps the CSV
 * header, the JSON Schema and the /data/ page in step with one definition.
 *
 * CSV has only text, so: null is an empty field, a list of ids is written with `;` between ids
 * (ids are lower-case kebab-case and never contain it), booleans are `true`/`false`, and numbers
 * are written in decimal. `fromCsvRecord` reverses this, which is what the round-trip tests check.
 */
import type { z } from 'astro/zod';
import { formatCsv, type CsvValue } from './csv.ts';

/** The separator between the ids of a list in a CSV field. */
export const LIST_SEPARATOR = ';';

export type ColumnKind = 'text' | 'integer' | 'boolean' | 'list';

export interface Column {
	name: string;
	kind: ColumnKind;
	/** Whether the value may be null (an empty CSV field). */
	nullable: boolean;
	/** The field's `.describe()` text. */
	description: string;
	/** The allowed values, for an enum column. */
	values?: readonly string[];
}

/** A flat row schema: every download's row is a `z.strictObject` of text, numbers, booleans and lists. */
export type RowSchema = z.ZodObject<Record<string, z.ZodType>>;

/** A row value as the schemas allow it. */
export type RowValue = string | number | boolean | null | string[];

function kindOf(type: string, name: string): ColumnKind {
	switch (type) {
		case 'string':
		case 'enum':
			return 'text';
		case 'number':
			return 'integer';
		case 'boolean':
			return 'boolean';
		case 'array':
			return 'list';
		default:
			throw new Error(
				`column "${name}": a download's row holds only text, numbers, booleans or lists, not ${type}`,
			);
	}
}

/** The columns of a row schema, in the schema's order, which is the CSV header order. */
export function getColumns(schema: RowSchema): Column[] {
	return Object.entries(schema.shape).map(([name, field]) => {
		const nullable = field.def.type === 'nullable';
		const inner = (nullable ? (field.def as z.core.$ZodNullableDef).innerType : field) as z.ZodType;
		const type = inner.def.type;
		const column: Column = {
			name,
			kind: kindOf(type, name),
			nullable,
			description: field.description ?? '',
		};
		if (type === 'enum')
			column.values = Object.values((inner.def as z.core.$ZodEnumDef).entries).map(String);
		return column;
	});
}

/** One row as CSV fields, in column order. */
export function toCsvRecord(
	row: Readonly<Record<string, RowValue>>,
	columns: readonly Column[],
): CsvValue[] {
	return columns.map(({ name }) => {
		const value = row[name];
		if (value === null || value === undefined) return '';
		if (Array.isArray(value)) {
			const bad = value.find((item) => item.includes(LIST_SEPARATOR) || item === '');
			if (bad !== undefined)
				throw new Error(`column "${name}": list item "${bad}" cannot be written to CSV`);
			return value.join(LIST_SEPARATOR);
		}
		return value;
	});
}

/** A CSV record (as a CSV parser returns it, keyed by header) back into a row. */
export function fromCsvRecord(
	record: Readonly<Record<string, string>>,
	columns: readonly Column[],
): Record<string, RowValue> {
	return Object.fromEntries(
		columns.map(({ name, kind, nullable }): [string, RowValue] => {
			const text = record[name] ?? '';
			if (kind === 'list') return [name, text === '' ? [] : text.split(LIST_SEPARATOR)];
			if (text === '' && nullable) return [name, null];
			if (kind === 'integer') return [name, Number(text)];
			if (kind === 'boolean') return [name, text === 'true'];
			return [name, text];
		}),
	);
}

/** A whole download as CSV: the header from the schema, then one record per row. */
export function toCsv(
	schema: RowSchema,
	rows: ReadonlyArray<Readonly<Record<string, RowValue>>>,
): string {
	const columns = getColumns(schema);
	return formatCsv(
		columns.map((column) => column.name),
		rows.map((row) => toCsvRecord(row, columns)),
	);
}
