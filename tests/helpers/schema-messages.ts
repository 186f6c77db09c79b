/** What a schema says about an input, one `path: message` per issue, as the tests compare it. */
import type { z } from 'astro/zod';

export const messages = (schema: z.ZodType, input: unknown): string[] =>
	schema
		.safeParse(input)
		.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
