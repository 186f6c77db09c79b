/** One cited document: where it is, who published it, when, and how we reached it. */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, line, prose } from './shared.ts';

export const SOURCE_TYPES = ['official', 'wire', 'outlet', 'aggregator', 'mirror'] as const;

export const sourceSchema = z
	.strictObject({
		publisher: line('Who published the text, e.g. "AP" or "French foreign ministry".', {
			max: 120,
		}),
		via: line(
			'The site that carries another publisher\'s text, e.g. "WKMG" for AP text on a local station. Omit when the publisher hosts it.',
			{ max: 120 },
		).optional(),
		wire: line(
			'The news agency whose story this text copies, rewrites or relays, e.g. "AP" for a site\'s rewrite of an AP preview, or "Interfax-Ukraine" for an outlet relaying its report. Omit when the text is the publisher\'s own. Statuses count such a source as that agency, not as an independent publisher.',
			{ max: 120 },
		).optional(),
		official: z
			.literal(true, { error: 'expected true, or leave `official` out' })
			.optional()
			.describe(
				"true for an official text (a government's or an institution's) read through a copy, e.g. a 10 Downing Street statement reposted on wired-gov.net with type: mirror; statuses count it as an official source.",
			),
		title: line(
			'The headline in quotes if quoted, otherwise a neutral description, e.g. "AP preview: 30+ nations at Paris planning talks".',
			{
				max: 240,
			},
		),
		titleIsQuoted: z
			.boolean({ error: 'expected true or false' })
			.default(false)
			.describe(
				"true when `title` is the document's own headline, false when it is our description of it.",
			),
		url: httpsUrl('The address where the document was read, e.g. https://example.org/story.')
			.nullable()
			.describe(
				'The address where the document was read; null only when it is not known (then explain in `note`).',
			),
		published: z
			.union([isoDate('The day it was published, YYYY-MM-DD.'), z.literal('unknown')], {
				error: 'expected a date written YYYY-MM-DD, or "unknown"',
			})
			.describe(
				'The day the document was published (YYYY-MM-DD), or "unknown" when no source gives it.',
			),
		accessed: isoDate('The day we last read it, YYYY-MM-DD, e.g. 2026-11-24.'),
		archived: httpsUrl('An archived copy, e.g. a Wayback Machine URL.')
			.nullable()
			.describe(
				'An archived copy (https), e.g. https://web.archive.org/web/20250312093000/https://example.org/story, or null while none is known; the site then links to a Wayback Machine search instead.',
			),
		archivedOn: isoDate(
			'The day the archived copy was captured, YYYY-MM-DD (UTC), e.g. 2025-03-12. Written by `npm run archive` from the snapshot; optional for a copy added by hand.',
		).optional(),
		type: z
			.enum(SOURCE_TYPES, {
				error: `expected one of: ${SOURCE_TYPES.join(', ')}`,
			})
			.describe(
				"official: a government or institution; wire: a news agency; outlet: a news site; aggregator: a site that rewrites others; mirror: another outlet's text reposted elsewhere.",
			),
		language: z
			.string({ error: 'expected a language code such as en, fr, uk' })
			.regex(/^(?:[a-z]{2,3}(?:-[A-Z]{2})?|unknown)$/, {
				error: 'expected a language code such as en, fr, uk (or "unknown")',
			})
			.describe('BCP 47 language code of the document, e.g. "en", or "unknown".'),
		note: prose(
			'Anything a reader should know about this copy, e.g. "AMP page" or "date from the URL path".',
			{
				max: 400,
			},
		).optional(),
	})
	.superRefine((source, ctx) => {
		if (source.url === null && source.note === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'a source without a URL needs a `note` saying why the address is unknown',
			});
		}
		if (source.archivedOn !== undefined && source.archived === null) {
			ctx.addIssue({
				code: 'custom',
				path: ['archivedOn'],
				message:
					'`archivedOn` is the day of the archived copy, but `archived` is null — add the copy or remove `archivedOn`',
			});
		}
		if (source.type === 'mirror' && source.via === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['via'],
				message:
					'a mirror needs `via`: the site that reposted the text, e.g. "calgarypuck.com forum"',
			});
		}
	});

export type Source = z.output<typeof sourceSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
