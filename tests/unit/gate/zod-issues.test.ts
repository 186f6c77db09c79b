/** zod issues rewritten for someone editing YAML: one problem per issue, with the field's path. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toFieldIssues, valueAt } from '../../../src/lib/gate/zod-problems.ts';

function issuesFor(schema: z.ZodType, input: unknown) {
	const result = schema.safeParse(input);
	if (result.success) throw new Error('expected the input to be refused');
	return toFieldIssues(result.error, input).map(
		(issue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
	);
}

const when = z.strictObject({ precision: z.string(), date: z.string() });

describe('toFieldIssues', () => {
	it('gives one problem per unknown key, at that key', () => {
		expect(issuesFor(when, { precision: 'day', date: 'x', note: 1, extra: 2 }))
			.toMatchInlineSnapshot(`
				[
				  "note: unknown field — check the spelling, or remove it (CONTRIBUTING.md lists every field)",
				  "extra: unknown field — check the spelling, or remove it (CONTRIBUTING.md lists every field)",
				]
			`);
	});

	it('suggests renaming a misspelt key, whatever its case, to the missing one', () => {
		expect(issuesFor(z.object({ when }), { when: { Precison: 'day', date: 'x' } }))
			.toMatchInlineSnapshot(`
				[
				  "when.Precison: unknown field — did you mean "precision"?",
				]
			`);
	});

	it('asks to add a missing key when no other key is within two letters of it', () => {
		expect(issuesFor(when, { prcsn: 'day', date: 'x' }).at(0)).toMatchInlineSnapshot(
			`"precision: is missing — add it (expected string)"`,
		);
	});

	it('does not take the missing key itself for a misspelling', () => {
		expect(issuesFor(when, { precision: undefined, date: 'x' })).toEqual([
			'precision: is missing — add it (expected string)',
		]);
	});

	it('reports a group written as null as the wrong type, not as missing', () => {
		expect(issuesFor(z.object({ when: z.object({ date: z.string() }) }), { when: null }))
			.toMatchInlineSnapshot(`
				[
				  "when: expected a group of fields (name: value), indented under this one",
				]
			`);
	});

	it('words the expected type in YAML terms for lists, groups, booleans, numbers and the rest', () => {
		const schema = z.object({
			list: z.array(z.string()),
			group: z.object({}),
			flag: z.boolean(),
			count: z.number(),
			name: z.string(),
		});
		expect(issuesFor(schema, { list: 'a', group: 'b', flag: 'c', count: 'd', name: 5 }))
			.toMatchInlineSnapshot(`
				[
				  "list: expected a list — write it as [first, second] or as lines starting with "- "",
				  "group: expected a group of fields (name: value), indented under this one",
				  "flag: expected true or false",
				  "count: expected a number",
				  "name: expected string",
				]
			`);
	});

	it('keeps a type message the schema wrote itself', () => {
		const schema = z.object({ date: z.string({ error: 'date: expected YYYY-MM-DD' }) });
		expect(issuesFor(schema, { date: 5 })).toEqual(['date: date: expected YYYY-MM-DD']);
	});

	it('quotes a refused string value before the allowed ones, and leaves other values unquoted', () => {
		const schema = z.object({ status: z.enum(['confirmed', 'reported']) });
		expect(issuesFor(schema, { status: 'rumoured' })).toMatchInlineSnapshot(`
			[
			  "status: "rumoured" is not allowed — Invalid option: expected one of "confirmed"|"reported"",
			]
		`);
		expect(issuesFor(schema, { status: 3 })).toMatchInlineSnapshot(`
			[
			  "status: Invalid option: expected one of "confirmed"|"reported"",
			]
		`);
	});

	it('points a wrong discriminator at the discriminating key', () => {
		const schema = z.object({
			when: z.discriminatedUnion('precision', [
				z.object({ precision: z.literal('day'), date: z.string() }),
				z.object({ precision: z.literal('month'), month: z.string() }),
			]),
		});
		expect(issuesFor(schema, { when: { precision: 'week', date: 'x' } })).toMatchInlineSnapshot(`
			[
			  "when.precision: Invalid discriminator value. Expected 'day' | 'month'",
			]
		`);
	});

	it('reports a whole value of the wrong type at the top, not as missing', () => {
		expect(issuesFor(when, 'text')).toMatchInlineSnapshot(`
			[
			  ": expected a group of fields (name: value), indented under this one",
			]
		`);
	});
});

describe('toFieldIssues, edge cases', () => {
	it('finds a misspelling two letters away, deep in the file, and names the field it stands for', () => {
		const schema = z.object({ event: z.object({ when }) });
		expect(
			issuesFor(schema, { event: { when: { precisoin: 'day', date: 'x' } } }).at(0),
		).toMatchInlineSnapshot(`"event.when.precisoin: unknown field — did you mean "precision"?"`);
	});

	it('asks to add a missing list item rather than looking for a misspelt key', () => {
		expect(issuesFor(z.array(z.string()), ['a', undefined])).toEqual([
			'1: is missing — add it (expected string)',
		]);
	});

	it('reports a whole file that is empty as the wrong type, not as a missing field', () => {
		expect(issuesFor(when, undefined)).toEqual([
			': expected a group of fields (name: value), indented under this one',
		]);
	});

	it('keeps the message zod gives an issue that is not about a type', () => {
		const schema = z.object({ value: z.union([z.string(), z.number()]) });
		expect(issuesFor(schema, { value: true })).toEqual(['value: Invalid input']);
	});
});

describe('valueAt', () => {
	it('follows keys and list positions through plain data', () => {
		expect(valueAt({ a: [{ b: 'found' }] }, ['a', 0, 'b'])).toBe('found');
		expect(valueAt({ a: 1 }, [])).toEqual({ a: 1 });
	});

	it('gives undefined past a null or a value that is not a group', () => {
		expect(valueAt({ a: null }, ['a', 'b'])).toBeUndefined();
		expect(valueAt({ a: 'text' }, ['a', 'length'])).toBeUndefined();
		expect(valueAt({ a: {} }, ['a', 'b', 'c'])).toBeUndefined();
	});
});
