/** Things that happened (or were expected to), with honest dates and, for meetings, who attended. */
import { z } from 'astro/zod';
import { citations, entryId, entryIds, line, prose } from './shared.ts';
import { whenSchema } from './when.ts';

/**
 * How sure we are that it happened, in the same terms as claims: `reported` rests on one outlet
 * (copies of one wire story count as one), `confirmed` on two or more independent ones or an
 * official source.
 */
export const EVENT_STATUSES = ['expected', 'reported', 'confirmed', 'cancelled'] as const;

export const ATTENDANCE_STATUSES = [
	'in-person',
	'remote',
	'observer',
	'not-invited',
	'did-not-respond',
	'absent',
	'unclear',
] as const;

/** How firm one version of an attendance record is: announced beforehand, or reported after the fact. */
export const ATTENDANCE_BASES = ['expected', 'reported', 'confirmed'] as const;

const attendanceVersion = z.strictObject({
	status: z
		.enum(ATTENDANCE_STATUSES, { error: `expected one of: ${ATTENDANCE_STATUSES.join(', ')}` })
		.describe('How the participant took part according to these sources.'),
	basis: z
		.enum(ATTENDANCE_BASES, { error: `expected one of: ${ATTENDANCE_BASES.join(', ')}` })
		.describe(
			'expected: from previews before the event; reported: one outlet after it; confirmed: two or more independent sources or an official one.',
		),
	note: prose(
		'What exactly the sources say, in our words, e.g. "chief of staff; EU member outside NATO".',
		{
			max: 300,
		},
	).optional(),
	sources: citations('Sources for this version.'),
});

const attendance = z.strictObject({
	participant: entryId('participants', 'france'),
	versions: z
		.array(attendanceVersion, {
			error: 'expected a list of versions, each with status, basis and sources',
		})
		.min(1, { error: 'give at least one version (status, basis, sources)' })
		.describe('One version when sources agree; one per account when they disagree.'),
});

export const eventSchema = z
	.strictObject({
		title: line('A short headline for the timeline, e.g. "Military chiefs meet in Paris".', {
			max: 140,
		}),
		summary: prose('What happened, in one to three sentences of our own words.'),
		when: whenSchema.describe('When it happened, as precisely as the sources allow.'),
		status: z
			.enum(EVENT_STATUSES, { error: `expected one of: ${EVENT_STATUSES.join(', ')}` })
			.describe(
				'expected: announced, not yet known to have happened; reported: happened according to one outlet; confirmed: happened according to two or more independent sources or an official one; cancelled: called off.',
			),
		location: line('Where, e.g. "École Militaire, Paris".', { max: 120 }).optional(),
		participants: entryIds('participants', 'france')
			.default([])
			.describe('Who took part or was named.'),
		claims: entryIds('claims', 'us-not-invited').default([]).describe('Claims about this event.'),
		sources: citations('Sources for the event itself.'),
		attendance: z
			.array(attendance)
			.default([])
			.describe("For a meeting: each participant's attendance, with sources per version."),
	})
	.superRefine((event, ctx) => {
		if (event.when.precision === 'range' && event.when.end < event.when.date) {
			ctx.addIssue({
				code: 'custom',
				path: ['when', 'end'],
				message: 'the range ends before it starts — swap `date` and `end`',
			});
		}
		const seen = new Set<string>();
		event.attendance.forEach((record, index) => {
			if (seen.has(record.participant)) {
				ctx.addIssue({
					code: 'custom',
					path: ['attendance', index, 'participant'],
					message: `"${record.participant}" has two attendance records — merge them into one with several versions`,
				});
			}
			seen.add(record.participant);
			if (!event.participants.includes(record.participant)) {
				ctx.addIssue({
					code: 'custom',
					path: ['attendance', index, 'participant'],
					message: `"${record.participant}" has an attendance record but is not in \`participants\` — add it there`,
				});
			}
		});
	});

export type Event = z.output<typeof eventSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type AttendanceRecord = Event['attendance'][number];
