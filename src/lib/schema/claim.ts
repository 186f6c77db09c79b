/** One checkable statement, with how sure we are and who says so. */
import { z } from 'astro/zod';
import { citations, entryId, entryIds, line, prose } from './shared.ts';
import { whenSchema } from './when.ts';

export const CLAIM_STATUSES = ['confirmed', 'reported', 'disputed', 'unconfirmed'] as const;

const version = z.strictObject({
	statement: prose('This account, in our own words.', { max: 400 }),
	sources: citations('Sources for this account.'),
});

/**
 * What a participant said it would contribute, so the pledges page can be built from claims. How
 * sure we are is the claim's own `status`, and the sources are the claim's: a pledge is a claim.
 */
const pledge = z
	.strictObject({
		participant: entryId('participants', 'estonia').describe(
			"Who said they would contribute; must also be in the claim's `participants`.",
		),
		what: line(
			'What they said they would (or would not) contribute, in a few words of our own, e.g. "A company-sized unit; parliament to decide".',
			{ max: 200 },
		),
		when: whenSchema.describe('When they said it, as precisely as the sources allow.'),
	})
	.describe('Only for a statement of what a participant would contribute.');

export const claimSchema = z
	.strictObject({
		statement: prose(
			'The statement, in our own words. For a disputed claim, the question the versions answer.',
			{
				max: 500,
			},
		),
		status: z
			.enum(CLAIM_STATUSES, { error: `expected one of: ${CLAIM_STATUSES.join(', ')}` })
			.describe(
				'confirmed: two or more independent outlets or an official source; reported: one outlet; disputed: sources disagree (give `versions`); unconfirmed: only in the founding article.',
			),
		events: entryIds('events', '2025-03-11-paris-chiefs-meeting')
			.default([])
			.describe('Events this claim is about.'),
		participants: entryIds('participants', 'france')
			.default([])
			.describe('Participants this claim is about.'),
		sources: citations('Sources for the statement.').optional(),
		versions: z
			.array(version)
			.optional()
			.describe('Only for a disputed claim: each account with its own sources (two or more).'),
		corrects: z
			.strictObject({
				source: entryId('sources', 'founding-article'),
				said: prose(
					'What that source said, briefly and in our words (a short quote only for a misspelt name).',
					{
						max: 300,
					},
				),
			})
			.optional()
			.describe('When this claim corrects a source: which one, and what it said.'),
		pledge: pledge.optional(),
	})
	.superRefine((claim, ctx) => {
		if (claim.pledge && !claim.participants.includes(claim.pledge.participant)) {
			ctx.addIssue({
				code: 'custom',
				path: ['pledge', 'participant'],
				message: `"${claim.pledge.participant}" makes the pledge but is not in \`participants\` — add it there`,
			});
		}
		if (claim.status === 'disputed') {
			if (!claim.versions || claim.versions.length < 2) {
				ctx.addIssue({
					code: 'custom',
					path: ['versions'],
					message: 'a disputed claim needs `versions`: two or more accounts, each with its sources',
				});
			}
		} else {
			if (claim.versions) {
				ctx.addIssue({
					code: 'custom',
					path: ['versions'],
					message:
						'only a disputed claim has `versions` — set status: disputed, or move the sources to `sources`',
				});
			}
			if (!claim.sources) {
				ctx.addIssue({
					code: 'custom',
					path: ['sources'],
					message: 'cite at least one source — add its id from content/sources/',
				});
			}
		}
	});

export type Claim = z.output<typeof claimSchema>;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
