/** Article frontmatter. The body is Markdown that cites sources as `[^source-id]`. */
import { z } from 'astro/zod';
import { entryIds, isoDate, line, prose } from './shared.ts';

export const ARTICLE_KINDS = ['preview', 'report', 'analysis', 'explainer'] as const;

const correction = z.strictObject({
	date: isoDate('The day the correction was made, YYYY-MM-DD.'),
	note: prose(
		'What was wrong and what it now says, e.g. "An earlier version misspelt the spokesperson\'s name."',
		{
			max: 400,
		},
	),
});

export const articleSchema = z
	.strictObject({
		title: line('The headline, e.g. "Military chiefs meet in Paris without the US".', { max: 120 }),
		standfirst: prose(
			'One or two sentences under the headline, also used as the summary in feeds and search.',
			{
				max: 300,
			},
		),
		kind: z
			.enum(ARTICLE_KINDS, { error: `expected one of: ${ARTICLE_KINDS.join(', ')}` })
			.describe(
				'preview: before an event; report: what happened; analysis: what it means; explainer: background.',
			),
		published: isoDate('The day it is published on this site (never back-dated), YYYY-MM-DD.'),
		updated: isoDate('The day of the last substantive change, YYYY-MM-DD.').optional(),
		tags: z
			.array(
				z
					.string({ error: 'expected a tag such as security-force' })
					.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
						error: 'expected a lower-case kebab-case tag, e.g. security-force',
					}),
			)
			.default([])
			.describe('Tags, lower-case kebab-case, e.g. [security-force, nato].'),
		participants: entryIds('participants', 'france')
			.default([])
			.describe('Participants the article is about.'),
		events: entryIds('events', '2025-03-11-paris-chiefs-meeting')
			.default([])
			.describe('Events the article is about.'),
		claims: entryIds('claims', 'us-not-invited')
			.default([])
			.describe('Claims the article sets out (e.g. corrections it explains).'),
		corrections: z
			.array(correction)
			.default([])
			.describe('Corrections made after publication, oldest first.'),
	})
	.superRefine((article, ctx) => {
		if (article.updated && article.updated < article.published) {
			ctx.addIssue({
				code: 'custom',
				path: ['updated'],
				message: 'is before `published` — an article cannot be updated before it is published',
			});
		}
		article.corrections.forEach((entry, index) => {
			if (entry.date < article.published) {
				ctx.addIssue({
					code: 'custom',
					path: ['corrections', index, 'date'],
					message: 'is before `published` — a correction comes after publication',
				});
			}
		});
	});

export type Article = z.output<typeof articleSchema>;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
