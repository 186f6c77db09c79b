/**
 * Every field of every collection is documented (STYLE.md: schemas as documentation): its
 * `.describe()` text reaches the JSON Schema that editors and the data downloads show.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { blockedDomainSchema } from '../../../src/lib/schema/blocked-domain.ts';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';
import { participantSchema } from '../../../src/lib/schema/participant.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';

interface JsonSchema {
	description?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
}

/** The dotted path of every property, at any depth, whose description is missing or empty. */
function undocumented(schema: JsonSchema, path = ''): string[] {
	const own = Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
		const here = path === '' ? key : `${path}.${key}`;
		const missing = (property.description ?? '').trim() === '' ? [here] : [];
		return [...missing, ...undocumented(property, here)];
	});
	const nested = [
		...(schema.items ? [schema.items] : []),
		...(schema.anyOf ?? []),
		...(schema.oneOf ?? []),
	].flatMap((inner) => undocumented(inner, path));
	return [...own, ...nested];
}

const schemas = {
	articles: articleSchema,
	events: eventSchema,
	participants: participantSchema,
	sources: sourceSchema,
	claims: claimSchema,
	'blocked domains': blockedDomainSchema,
};

describe('schema descriptions', () => {
	it.each(Object.entries(schemas))('documents every field of %s', (_name, schema) => {
		const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
		expect(Object.keys(json.properties ?? {}).length).toBeGreaterThan(0);
		expect(undocumented(json)).toEqual([]);
	});
});
