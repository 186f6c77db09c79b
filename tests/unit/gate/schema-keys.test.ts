/**
 * The field names a schema allows at a path and whether a field is required, read from the real
 * schemas. The expected names are written out by hand, as a contributor writes them in
 * content/events/ and content/claims/; "did you mean" and "remove the field" advice rest on them.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { isRequiredAt, knownKeysAt } from '../../../src/lib/gate/schema-keys.ts';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';

describe('knownKeysAt', () => {
	it('lists an event’s fields in schema order', () => {
		expect(knownKeysAt(eventSchema, [])).toEqual([
			'title',
			'summary',
			'when',
			'status',
			'location',
			'participants',
			'claims',
			'sources',
			'attendance',
		]);
	});

	it('merges the fields of every form of a union: each date precision, a citation', () => {
		expect(knownKeysAt(eventSchema, ['when'])).toEqual(['precision', 'date', 'label', 'end']);
		expect(knownKeysAt(eventSchema, ['sources', 0])).toEqual(['source', 'quote', 'locator']);
	});

	it('goes through list items and optional groups', () => {
		expect(knownKeysAt(eventSchema, ['attendance', 0])).toEqual(['participant', 'versions']);
		expect(knownKeysAt(eventSchema, ['attendance', 0, 'versions', 3])).toEqual([
			'status',
			'basis',
			'note',
			'sources',
		]);
		expect(knownKeysAt(claimSchema, ['pledge'])).toEqual(['participant', 'what', 'when']);
		expect(knownKeysAt(claimSchema, ['corrects'])).toEqual(['source', 'said']);
	});

	it('goes through a transform to the fields written before it', () => {
		const schema = z.strictObject({
			group: z.strictObject({ inner: z.string() }).transform((value) => value.inner),
		});
		expect(knownKeysAt(schema, ['group'])).toEqual(['inner']);
	});

	it('knows no fields under a plain value, an unknown key, or a key of the wrong kind', () => {
		expect(knownKeysAt(eventSchema, ['title'])).toEqual([]);
		expect(knownKeysAt(eventSchema, ['nope'])).toEqual([]);
		expect(knownKeysAt(eventSchema, ['attendance', 'participant'])).toEqual([]);
		expect(knownKeysAt(eventSchema, [0])).toEqual([]);
	});
});

describe('isRequiredAt', () => {
	it('is true for a field every form requires', () => {
		expect(isRequiredAt(eventSchema, ['title'])).toBe(true);
		expect(isRequiredAt(eventSchema, ['when', 'date'])).toBe(true);
		expect(isRequiredAt(eventSchema, ['attendance', 0, 'participant'])).toBe(true);
	});

	it('is false for an optional field, one with a default, one only some forms require, and a list item', () => {
		expect(isRequiredAt(eventSchema, ['location'])).toBe(false);
		expect(isRequiredAt(eventSchema, ['participants'])).toBe(false);
		// `label` is required for an approximate date, optional for a day.
		expect(isRequiredAt(eventSchema, ['when', 'label'])).toBe(false);
		expect(isRequiredAt(eventSchema, ['attendance', 0])).toBe(false);
		expect(isRequiredAt(eventSchema, ['sources', 0])).toBe(false);
	});

	it('is false for a path the schema does not have', () => {
		expect(isRequiredAt(eventSchema, ['nope'])).toBe(false);
		expect(isRequiredAt(eventSchema, ['title', 'nope'])).toBe(false);
	});
});
