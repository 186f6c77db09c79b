import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';
import { isRequiredAt, knownKeysAt } from '../../../src/lib/gate/schema-keys.ts';
import { quoteAll, toFieldIssues } from '../../../src/lib/gate/zod-problems.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';

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

describe('toFieldIssues on nested and crowded groups', () => {
	const all = (schema: z.ZodType, data: unknown) => {
		const result = schema.safeParse(data);
		return result.success
			? []
			: toFieldIssues(result.error, data, schema).map(
					(issue) => `${issue.path.join('.')}: ${issue.message}`,
				);
	};
	const version = { status: 'in-person', basis: 'reported', sources: ['wire-report'] };
	const event = {
		title: 'Chiefs meet',
		summary: 'They met.',
		when: { precision: 'day', date: '2025-03-11' },
		status: 'reported',
		participants: ['france', 'italy'],
		sources: ['wire-report'],
	};

	it('leads a problem found under a corrected key back to the key as written, and no other', () => {
		const data = {
			...event,
			attendance: [
				{ participant: 'france', versons: [{ ...version, status: 'there' }] },
				{ participant: 'Italy', versions: [version] },
			],
		};
		expect(all(eventSchema, data)).toEqual([
			'attendance.0.versons: unknown field — did you mean "versions"?',
			'attendance.0.versons.0.status: "there" is not allowed — expected one of: in-person, remote, observer, not-invited, did-not-respond, absent, unclear',
			'attendance.1.participant: expected a lower-case kebab-case id of an entry in content/participants/, e.g. france',
		]);
	});

	it('reports a second misspelt key of the same group, though the first was read as its field', () => {
		const { title, ...rest } = ARTICLE;
		expect(all(articleSchema, { ...rest, titel: title, tgs: ['force'] })).toEqual([
			'titel: unknown field — did you mean "title"?',
			'tgs: unknown field — did you mean "tags"?',
		]);
	});

	it('does not move a misspelt key onto a field that is already there', () => {
		expect(all(articleSchema, { ...ARTICLE, title: 7, titel: 'The meeting' })).toEqual([
			'title: expected text',
			'titel: unknown field — did you mean "title"?',
		]);
	});

	it('says what is allowed when a value is close to none of the allowed ones', () => {
		expect(all(articleSchema, { ...ARTICLE, kind: 'zzz' })).toEqual([
			'kind: "zzz" is not allowed — expected one of: preview, report, analysis, explainer',
		]);
	});
});

describe('quoteAll', () => {
	it('quotes one, two or more names as a sentence would', () => {
		expect(quoteAll([])).toBe('');
		expect(quoteAll(['a'])).toBe('"a"');
		expect(quoteAll(['a', 'b'])).toBe('"a" or "b"');
		expect(quoteAll(['a', 'b', 'c'])).toBe('"a", "b" or "c"');
	});
});
