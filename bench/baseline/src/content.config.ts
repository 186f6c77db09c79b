// One collection: the synthetic articles the bench writes into content/articles/. The schema reads
// only what the pages show and lets the other fields of the project's frontmatter through.
// https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	articles: defineCollection({
		loader: glob({ pattern: '*.md', base: './content/articles' }),
		schema: z.object({
			title: z.string(),
			standfirst: z.string(),
			published: z.coerce.date(),
		}),
	}),
};
