// Wiring only: one collection per folder of content/, each with the schema from src/lib/schema.
// References are plain ids, not Astro's reference(): Astro only logs a reference to a missing entry
// (and links it to /undefined/), while our content gate fails on it; plain ids also give the gate,
// the pages and the tests one type. https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
	BLOCKED_DOMAINS_FILE,
	COLLECTIONS,
	CONTENT_DIR,
	type CollectionName,
} from './lib/content/layout.ts';
import { articleSchema } from './lib/schema/article.ts';
import { blockedDomainSchema } from './lib/schema/blocked-domain.ts';
import { claimSchema } from './lib/schema/claim.ts';
import { eventSchema } from './lib/schema/event.ts';
import { participantSchema } from './lib/schema/participant.ts';
import { sourceSchema } from './lib/schema/source.ts';

// Only the top level of each folder is read (no `**`): the gate reports files in sub-folders.
const loaderFor = (name: CollectionName) =>
	glob({
		pattern: `*${COLLECTIONS[name].extension}`,
		base: `./${CONTENT_DIR}/${COLLECTIONS[name].folder}`,
	});

export const collections = {
	articles: defineCollection({ loader: loaderFor('articles'), schema: articleSchema }),
	events: defineCollection({ loader: loaderFor('events'), schema: eventSchema }),
	participants: defineCollection({ loader: loaderFor('participants'), schema: participantSchema }),
	sources: defineCollection({ loader: loaderFor('sources'), schema: sourceSchema }),
	claims: defineCollection({ loader: loaderFor('claims'), schema: claimSchema }),
	blockedDomains: defineCollection({
		loader: file(`./${CONTENT_DIR}/${BLOCKED_DOMAINS_FILE}`),
		schema: blockedDomainSchema,
	}),
};
