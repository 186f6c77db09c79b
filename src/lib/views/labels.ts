/**
 * The words readers see for each status in the content model, with the one-line meaning the about
 * page and the legends print. Kept in one place so the timeline, the matrix, the claims page and
 * the methodology always use the same vocabulary.
 */
import type { ATTENDANCE_BASES, AttendanceStatus, EventStatus } from '../schema/event.ts';
import type { ClaimStatus } from '../schema/claim.ts';
import type { ParticipantKind } from '../schema/participant.ts';
import type { DatePrecision } from '../schema/when.ts';

/** How firm one version of an attendance record is. */
export type AttendanceBasis = (typeof ATTENDANCE_BASES)[number];

/** A label and its meaning. */
export interface Term {
	label: string;
	meaning: string;
}

/** How sure we are of a claim. The order is the order of the claims page. */
export const CLAIM_STATUS_TERMS: Record<ClaimStatus, Term> = {
	confirmed: {
		label: 'Confirmed',
		meaning: 'Two or more independent outlets, or an official source, say so.',
	},
	reported: {
		label: 'Reported',
		meaning: 'One outlet says so; no independent source has confirmed it yet.',
	},
	disputed: {
		label: 'Disputed',
		meaning: 'Sources disagree; each version is shown with its own sources.',
	},
	unconfirmed: {
		label: 'Unconfirmed',
		meaning: 'Only the founding article says so; no source we found supports it.',
	},
};

/** Whether an event happened. */
export const EVENT_STATUS_TERMS: Record<EventStatus, Term> = {
	expected: {
		label: 'Expected',
		meaning: 'Announced or previewed; not yet known to have happened.',
	},
	reported: {
		label: 'Reported',
		meaning: 'One outlet reports that it happened; no second independent source yet.',
	},
	confirmed: {
		label: 'Confirmed',
		meaning: 'Two or more independent sources, or an official one, report that it happened.',
	},
	cancelled: { label: 'Cancelled', meaning: 'Called off.' },
};

/** How a participant took part in a meeting, according to one version. */
export const ATTENDANCE_STATUS_TERMS: Record<AttendanceStatus, Term> = {
	'in-person': { label: 'In person', meaning: 'At the meeting in person.' },
	remote: { label: 'Remote', meaning: 'Following or joining from elsewhere.' },
	observer: { label: 'Observer', meaning: 'Present only as an observer.' },
	'not-invited': { label: 'Not invited', meaning: 'Not invited to the meeting.' },
	'did-not-respond': {
		label: 'Did not respond',
		meaning: 'Invited, but did not answer the invitation.',
	},
	absent: { label: 'Absent', meaning: 'Not there, with or without a reason given.' },
	unclear: {
		label: 'Unclear',
		meaning: 'Named by a source, which does not say whether or how it took part.',
	},
};

/** How firm one version of an attendance record is. */
export const ATTENDANCE_BASIS_TERMS: Record<AttendanceBasis, Term> = {
	expected: { label: 'expected', meaning: 'From previews published before the meeting.' },
	reported: { label: 'reported', meaning: 'Reported after the meeting by one outlet.' },
	confirmed: {
		label: 'confirmed',
		meaning: 'Two or more independent sources, or an official one, after the meeting.',
	},
};

/** What kind of participant an entry is. */
export const PARTICIPANT_KIND_LABELS: Record<ParticipantKind, string> = {
	country: 'Country',
	organisation: 'Organisation',
	person: 'Person',
};

/** How much of a date the sources give. The examples are the phrases readers see. */
export const DATE_PRECISION_TERMS: Record<DatePrecision, Term & { example: string }> = {
	day: { label: 'Day', meaning: 'The day is known.', example: '11 March 2025' },
	month: {
		label: 'Month',
		meaning: 'Only the month is known; we never invent a day.',
		example: 'December 2024',
	},
	approximate: {
		label: 'Approximate',
		meaning: 'The sources give a day only roughly.',
		example: 'about 23 January 2025',
	},
	range: {
		label: 'Range',
		meaning: 'Some time between two days, both included.',
		example: '3–5 March 2025',
	},
	before: {
		label: 'Before',
		meaning: 'Only a day it happened before is known.',
		example: 'before 11 March 2025',
	},
	after: {
		label: 'After',
		meaning: 'Only a day it happened after is known.',
		example: 'after March 2025',
	},
};
