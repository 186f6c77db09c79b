// Wiring only: one collection per folder of content/, all loaded by one content loader that runs
// the content gate once for every collection (see src/node/content-loader.ts). The schemas give
// the entries their types; the gate has already validated every file against them, so Astro does
// not validate again. References are plain ids, not Astro's reference(): Astro only logs a
// reference to a missing entry, while the gate fails on it; plain ids also give the gate, the
// pages and the tests one type. https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { contentLoader } from './node/content-loader.ts';
import { articleSchema } from './lib/schema/article.ts';
import { blockedDomainSchema } from './lib/schema/blocked-domain.ts';
import { claimSchema } from './lib/schema/claim.ts';
import { eventSchema } from './lib/schema/event.ts';
import { participantSchema } from './lib/schema/participant.ts';
import { sourceSchema } from './lib/schema/source.ts';
import { SITE } from './site.ts';

const gate = { timeZone: SITE.timeZone, launched: SITE.launched };

export const collections = {
	articles: defineCollection({ loader: contentLoader('articles', gate), schema: articleSchema }),
	events: defineCollection({ loader: contentLoader('events', gate), schema: eventSchema }),
	participants: defineCollection({
		loader: contentLoader('participants', gate),
		schema: participantSchema,
	}),
	sources: defineCollection({ loader: contentLoader('sources', gate), schema: sourceSchema }),
	claims: defineCollection({ loader: contentLoader('claims', gate), schema: claimSchema }),
	blockedDomains: defineCollection({
		loader: contentLoader('blockedDomains', gate),
		schema: blockedDomainSchema,
	}),
};
