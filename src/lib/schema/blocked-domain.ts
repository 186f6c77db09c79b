/** A domain that no source may point at, with the reason, kept in content/blocked-domains.yaml. */
import { z } from 'astro/zod';
import { httpsUrl, line, prose } from './shared.ts';

export const blockedDomainSchema = z.strictObject({
	id: z
		.string({ error: 'expected a domain name, e.g. news-pravda.com' })
		.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, {
			error: 'expected a bare lower-case domain name, e.g. news-pravda.com (no scheme, no path)',
		})
		.describe('The domain; it and all its subdomains are blocked, e.g. "news-pravda.com".'),
	reason: prose('Why it is blocked, in one or two sentences.', { max: 400 }),
	since: line('When it was added, YYYY-MM-DD.', { max: 10 }).optional(),
	references: z
		.array(httpsUrl('A page documenting the reason.'))
		.default([])
		.describe('Pages that document the reason.'),
});

export type BlockedDomain = z.output<typeof blockedDomainSchema>;
