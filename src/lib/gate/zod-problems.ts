/** Turns zod issues into contributor-facing problems: one per issue, with field path and line. */
import type { z } from 'astro/zod';
import { editDistance, findSimilarName } from '../similar.ts';
import { knownKeysAt } from './schema-keys.ts';

export interface FieldIssue {
	path: PropertyKey[];
	message: string;
}

/** An issue, and for a misspelt key the name it stands for. */
interface Described extends FieldIssue {
	rename?: { parent: PropertyKey[]; from: string; to: string };
}

/**
 * Rewrites each zod issue as `field: what is wrong — how to fix it`. With the schema, an unknown
 * field is told the nearest known name, and one mistake gives one line: a misspelt key is read
 * again under the name it stands for, so neither "participants is missing" nor what follows from
 * its absence (an attendance record for someone not in `participants`) is reported as well.
 */
export function toFieldIssues(error: z.ZodError, input: unknown, schema?: z.ZodType): FieldIssue[] {
	const first = describeIssues(error, input, schema);
	const renames = first.flatMap((issue) => (issue.rename ? [issue.rename] : []));
	const plain = (issues: Described[]) => issues.map(({ path, message }) => ({ path, message }));
	if (!schema || renames.length === 0) return plain(first);
	const corrected = structuredClone(input);
	for (const { parent, from, to } of renames) {
		const group = valueAt(corrected, parent) as Record<string, unknown>;
		group[to] = group[from];
		Reflect.deleteProperty(group, from);
	}
	const second = schema.safeParse(corrected);
	const renamed = first.filter((issue) => issue.rename);
	if (second.success) return plain(renamed);
	// Paths in the corrected data lead back to the key as it is written, whose line the file has.
	const back = (path: PropertyKey[]) => {
		const rename = renames.find(({ parent, to }) =>
			[...parent, to].every((key, index) => path[index] === key),
		);
		return rename ? [...rename.parent, rename.from, ...path.slice(rename.parent.length + 1)] : path;
	};
	const rest = describeIssues(second.error, corrected, schema)
		.filter((issue) => !issue.rename)
		.map((issue) => ({ ...issue, path: back(issue.path) }));
	return plain([...renamed, ...rest]);
}

function describeIssues(error: z.ZodError, input: unknown, schema?: z.ZodType): Described[] {
	const unknownKeys = error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({ parent: [...issue.path], key }))
			: [],
	);
	/** Misspelt keys already reported with the field they stand for. */
	const explained = new Set<string>();
	const where = (parent: PropertyKey[], key: string) => JSON.stringify([...parent, key]);
	const issues = error.issues.flatMap((issue): Described[] => {
		const path = [...issue.path];
		if (issue.code === 'unrecognized_keys') return [];
		if (
			issue.code === 'invalid_union' &&
			issue.errors.length > 0 &&
			'discriminator' in issue &&
			issue.discriminator
		) {
			return [{ path: [...path, issue.discriminator], message: issue.message }];
		}
		const message =
			issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')
				? expectedType(issue.expected)
				: issue.message;
		const value = valueAt(input, path);
		if (value === undefined && path.length > 0) {
			const misspelt = findMisspelling(input, path, schema);
			if (misspelt) {
				explained.add(where(path.slice(0, -1), misspelt));
				const parent = path.slice(0, -1);
				const to = String(path.at(-1));
				return [
					{
						path: [...parent, misspelt],
						message: `unknown field — did you mean "${to}"?`,
						rename: { parent, from: misspelt, to },
					},
				];
			}
			return [{ path, message: `is missing — add it (${message})` }];
		}
		if (issue.code === 'invalid_value' && typeof value === 'string') {
			const close = findSimilarName(value, issue.values.map(String));
			const fix = close.length > 0 ? `did you mean ${quoteAll(close)}? (${message})` : message;
			return [{ path, message: `"${value}" is not allowed — ${fix}` }];
		}
		return [{ path, message }];
	});
	const unknown = unknownKeys
		.filter(({ parent, key }) => !explained.has(where(parent, key)))
		.map(({ parent, key }): Described => {
			const known = schema ? knownKeysAt(schema, parent) : [];
			const close = findSimilarName(key, known);
			const group = valueAt(input, parent);
			const to = close[0];
			const free =
				to !== undefined && typeof group === 'object' && group !== null && !(to in group);
			const fix =
				close.length > 0
					? `did you mean ${quoteAll(close)}?`
					: known.length > 0
						? `remove it, or use one of: ${known.join(', ')}`
						: 'check the spelling, or remove it (CONTRIBUTING.md lists every field)';
			const issue = { path: [...parent, key], message: `unknown field — ${fix}` };
			return free ? { ...issue, rename: { parent, from: key, to } } : issue;
		});
	return [...issues, ...unknown];
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function quoteAll(values: readonly string[]): string {
	const quoted = values.map((value) => `"${value}"`);
	return quoted.length > 1
		? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
		: quoted.join('');
}

/** The value at a path in plain data, or undefined. */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** Zod's own type messages, in the words of someone editing YAML. */
function expectedType(expected: string): string {
	switch (expected) {
		case 'array':
			return 'expected a list — write it as [first, second] or as lines starting with "- "';
		case 'object':
			return 'expected a group of fields (name: value), indented under this one';
		case 'boolean':
			return 'expected true or false';
		case 'number':
			return 'expected a number';
		default:
			return `expected ${expected}`;
	}
}

/**
 * A key next to a missing one that is probably it, misspelt (`precison` for `precision`). With the
 * schema, only a key the schema does not know can be the misspelling.
 */
function findMisspelling(
	input: unknown,
	path: ReadonlyArray<PropertyKey>,
	schema: z.ZodType | undefined,
): string | undefined {
	const missing = path.at(-1);
	const parent = valueAt(input, path.slice(0, -1));
	if (typeof missing !== 'string' || parent === null || typeof parent !== 'object')
		return undefined;
	const known = new Set(schema ? knownKeysAt(schema, path.slice(0, -1)) : []);
	return Object.keys(parent).find(
		(key) =>
			key !== missing &&
			!known.has(key) &&
			editDistance(key.toLowerCase(), missing.toLowerCase()) <= 2,
	);
}
