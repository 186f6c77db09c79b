/** Turns zod issues into contributor-facing problems: one per issue, with field path and line. */
import type { z } from 'astro/zod';

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
					'is not a known field — check the spelling, or remove it (the README lists every field)',
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
		if (valueAt(input, path) === undefined && path.length > 0) {
			return [{ path, message: `is missing — add it (${message})` }];
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
