import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';
import { isRequiredAt, knownKeysAt } from '../../../src/lib/gate/schema-keys.ts';
import { toFieldIssues } from '../../../src/lib/gate/zod-problems.ts';

const ARTICLE = {
	title: 'The meeting',
	standfirst: 'What happened.',
	kind: 'report',
	published: '2026-11-26',
};

function issues(schema: typeof articleSchema | typeof sourceSchema, data: unknown) {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return toFieldIssues(result.error, data, schema).map(
		(issue) => `${issue.path.join('.')}: ${issue.message}`,
	);
}

describe('toFieldIssues', () => {
	it('lists the fields that exist when an unknown one is close to none of them', () => {
		expect(issues(articleSchema, { ...ARTICLE, colour: 'red' })).toMatchInlineSnapshot(`
			[
			  "colour: unknown field — remove it, or use one of: title, standfirst, kind, published, updated, tags, participants, events, claims, corrections",
			]
		`);
	});

	it('gives a misspelt required field one line, on the misspelt key', () => {
		const { title, ...rest } = ARTICLE;
		expect(issues(articleSchema, { ...rest, titel: title })).toMatchInlineSnapshot(`
			[
			  "titel: unknown field — did you mean "title"?",
			]
		`);
	});

	it('reads a misspelt key as the field it stands for, so its value is still checked', () => {
		expect(issues(articleSchema, { ...ARTICLE, tagz: 'nato' })).toMatchInlineSnapshot(`
			[
			  "tagz: unknown field — did you mean "tags"?",
			  "tagz: expected a list — write it as [first, second] or as lines starting with "- "",
			]
		`);
	});
});

describe('schema-keys', () => {
	it('knows the fields of a group nested in a list', () => {
		expect(knownKeysAt(articleSchema, ['corrections', 0])).toEqual(['date', 'note']);
	});

	it('tells required fields from optional ones and defaults', () => {
		expect(isRequiredAt(articleSchema, ['title'])).toBe(true);
		expect(isRequiredAt(articleSchema, ['updated'])).toBe(false);
		expect(isRequiredAt(articleSchema, ['tags'])).toBe(false);
		expect(isRequiredAt(articleSchema, ['corrections', 0, 'note'])).toBe(true);
		expect(isRequiredAt(sourceSchema, ['via'])).toBe(false);
	});
});
