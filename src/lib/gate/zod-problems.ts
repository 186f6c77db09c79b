/** Turns zod issues into contributor-facing problems: one per issue, with field path and line. */
import type { z } from 'astro/zod';
import { editDistance } from '../similar.ts';

export interface FieldIssue {
	path: PropertyKey[];
	message: string;
}

/** Rewrites each zod issue as `field: what is wrong — how to fix it`. */
export function toFieldIssues(error: z.ZodError, input: unknown): FieldIssue[] {
	return error.issues.flatMap((issue): FieldIssue[] => {
		const path = [...issue.path];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				path: [...path, key],
				message:
					'is not a known field — check the spelling, or remove it (CONTRIBUTING.md lists every field)',
			}));
		}
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
			const misspelt = findMisspelling(input, path);
			const fix = misspelt ? `rename "${misspelt}" to "${String(path.at(-1))}"` : 'add it';
			return [{ path, message: `is missing — ${fix} (${message})` }];
		}
		if (issue.code === 'invalid_value' && typeof value === 'string') {
			return [{ path, message: `"${value}" is not allowed — ${message}` }];
		}
		return [{ path, message }];
	});
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

/** A key next to a missing one that is probably it, misspelt (`precison` for `precision`). */
function findMisspelling(input: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
	const missing = path.at(-1);
	const parent = valueAt(input, path.slice(0, -1));
	if (typeof missing !== 'string' || parent === null || typeof parent !== 'object')
		return undefined;
	return Object.keys(parent).find(
		(key) => key !== missing && editDistance(key.toLowerCase(), missing.toLowerCase()) <= 2,
	);
}
