/** Countries, organisations and people named in the story. */
import { z } from 'astro/zod';
import { citations, entryId, line, prose } from './shared.ts';

export const PARTICIPANT_KINDS = ['country', 'organisation', 'person'] as const;

/** Alliances a country's membership is recorded for; each record needs its own sources. */
export const ALLIANCES = ['nato', 'eu', 'commonwealth'] as const;

const membership = z.strictObject({
	alliance: z
		.enum(ALLIANCES, { error: `expected one of: ${ALLIANCES.join(', ')}` })
		.describe('The alliance, e.g. "nato".'),
	member: z
		.boolean({ error: 'expected true or false' })
		.describe('true if a member at the time of the talks, false if the sources say it is not.'),
	sources: citations('Sources that say so.'),
});

const role = z.strictObject({
	title: line('The role as sources give it, e.g. "Minister of the Armed Forces".', { max: 160 }),
	of: entryId('participants', 'france')
		.optional()
		.describe('The country or organisation the role is held in, e.g. "france".'),
	period: line(
		'When the role was held as far as sources show, e.g. "March 2025" or "November 2024 to April 2025".',
		{
			max: 80,
		},
	),
	sources: citations('Sources for this role at that time.'),
});

export const participantSchema = z
	.strictObject({
		name: line('The name readers see, e.g. "France" or "Sébastien Lecornu".', { max: 120 }),
		kind: z
			.enum(PARTICIPANT_KINDS, { error: `expected one of: ${PARTICIPANT_KINDS.join(', ')}` })
			.describe('country, organisation or person.'),
		summary: prose('One or two sentences, in our own words, on who or what this is in the story.', {
			max: 400,
		}),
		country: entryId('participants', 'ukraine')
			.optional()
			.describe('For a person: the country they acted for, e.g. "ukraine".'),
		roles: z
			.array(role)
			.default([])
			.describe(
				'For a person: the roles they held at the time of the events, each with sources. Leave empty when no source states one; the page then says so.',
			),
		memberships: z
			.array(membership)
			.default([])
			.describe('For a country: alliance memberships the sources state, e.g. EU but not NATO.'),
		sources: citations('Sources that name this participant.'),
	})
	.superRefine((participant, ctx) => {
		if (participant.kind !== 'person') {
			if (participant.roles.length > 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['roles'],
					message: 'only a person has roles — remove `roles` or set kind: person',
				});
			}
			if (participant.country !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['country'],
					message: 'only a person has a `country` — remove it or set kind: person',
				});
			}
		}
		if (participant.kind !== 'country' && participant.memberships.length > 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['memberships'],
				message: 'only a country has memberships — remove `memberships` or set kind: country',
			});
		}
	});

export type Participant = z.output<typeof participantSchema>;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
