/**
 * The shape of one row of each download under /data/, as zod schemas. They are written for the
 * export rather than reused from src/lib/schema/: the content schemas transform text into Dates
 * and accept two spellings of a citation, while a download needs one plain, flat shape that JSON
 * Schema can describe. Every row is flat (text, numbers, booleans, null, or lists of ids), so the
 * JSON and CSV files hold the same records; nested lists (attendance versions, claim versions,
 * roles, memberships) get their own file with one row each.
 *
 * The JSON Schema of each file is generated from these (see json-schema.ts), and the /data/ page
 * lists the fields from their descriptions, so the documentation cannot drift from the files.
 */
import { z } from 'astro/zod';
import { ARTICLE_KINDS } from '../schema/article.ts';
import { CLAIM_STATUSES } from '../schema/claim.ts';
import { ALLIANCES, PARTICIPANT_KINDS } from '../schema/participant.ts';
import { ATTENDANCE_BASES, ATTENDANCE_STATUSES, EVENT_STATUSES } from '../schema/event.ts';
import { ID_PATTERN } from '../schema/shared.ts';
import { SOURCE_TYPES } from '../schema/source.ts';
import { DATE_PRECISIONS } from '../schema/when.ts';

const id = (description: string) => z.string().regex(ID_PATTERN).describe(description);
const ids = (description: string) => z.array(z.string().regex(ID_PATTERN)).describe(description);
const text = (description: string) => z.string().min(1).describe(description);
const optionalText = (description: string) => z.string().min(1).nullable().describe(description);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDay = (description: string) => day.describe(description);
const optionalDay = (description: string) => day.nullable().describe(description);
// A pattern rather than z.url(): JSON Schema's "format": "uri" is optional for validators to check,
// while a pattern is checked by all of them.
const httpsUrl = z.string().regex(/^https:\/\/[^\s/]+\S*$/);
const pageUrl = (description: string) => httpsUrl.describe(description);
const optionalUrl = (description: string) => httpsUrl.nullable().describe(description);
const position = (description: string) => z.int().min(1).describe(description);

/** One row per event of the timeline. */
export const eventRow = z.strictObject({
	id: id('The event id, e.g. "2025-03-11-paris-chiefs-meeting"; its anchor on the timeline page.'),
	title: text('Short headline, e.g. "Military chiefs meet in Paris".'),
	summary: text('What happened, in one to three sentences.'),
	status: z.enum(EVENT_STATUSES).describe('expected, reported, confirmed or cancelled.'),
	precision: z
		.enum(DATE_PRECISIONS)
		.describe('How much of the date is known: day, month, approximate, range, before or after.'),
	date: z
		.string()
		.regex(/^\d{4}-\d{2}(?:-\d{2})?$/)
		.describe(
			'YYYY-MM-DD, or YYYY-MM when precision is "month"; for "approximate", "before" and "after" read it with `label`.',
		),
	end: optionalDay('For a range: the last day, YYYY-MM-DD; otherwise null.'),
	label: text('The date as readers see it, e.g. "about 23 January 2025".'),
	location: optionalText('Where, e.g. "École Militaire, Paris"; null when not known.'),
	participants: ids('Ids of the participants who took part or were named (participants file).'),
	claims: ids('Ids of the claims about this event (claims file).'),
	sources: ids('Ids of the sources for the event itself (sources file).'),
	url: pageUrl('The event on the timeline page.'),
});

/** One row per version of an attendance record: one when sources agree, one per account otherwise. */
export const attendanceRow = z.strictObject({
	event: id('Id of the meeting (events file).'),
	participant: id('Id of the participant (participants file).'),
	version: position('1 for the first account; 2, 3… for other accounts of the same attendance.'),
	versions: position(
		'How many accounts there are of this participant at this meeting; more than 1 means sources disagree.',
	),
	status: z
		.enum(ATTENDANCE_STATUSES)
		.describe('How the participant took part according to these sources.'),
	basis: z
		.enum(ATTENDANCE_BASES)
		.describe(
			'expected: from previews; reported: one outlet after the event; confirmed: two or more independent or an official source.',
		),
	note: optionalText(
		'What exactly the sources say, in our words; null when there is nothing to add.',
	),
	sources: ids('Ids of the sources for this account (sources file).'),
});

/** One row per participant: country, organisation or person. */
export const participantRow = z.strictObject({
	id: id('The participant id, e.g. "france".'),
	name: text('The name readers see, e.g. "Sébastien Lecornu".'),
	kind: z.enum(PARTICIPANT_KINDS).describe('country, organisation or person.'),
	summary: text('Who or what this is in the story.'),
	country: z
		.string()
		.regex(ID_PATTERN)
		.nullable()
		.describe('For a person: id of the country they acted for; otherwise null.'),
	sources: ids('Ids of the sources that name this participant (sources file).'),
	url: pageUrl("The participant's page on this site."),
});

/** One row per role a person held, as the sources give it. */
export const roleRow = z.strictObject({
	participant: id('Id of the person (participants file).'),
	title: text('The role as sources give it, e.g. "Minister of the Armed Forces".'),
	of: z
		.string()
		.regex(ID_PATTERN)
		.nullable()
		.describe('Id of the country or organisation the role is held in; null when not given.'),
	period: text('When the role was held as far as sources show, e.g. "March 2025".'),
	sources: ids('Ids of the sources for this role (sources file).'),
});

/** One row per alliance membership of a country that the sources state. */
export const membershipRow = z.strictObject({
	participant: id('Id of the country (participants file).'),
	alliance: z.enum(ALLIANCES).describe('The alliance: nato, eu or commonwealth.'),
	member: z
		.boolean()
		.describe('true if a member at the time of the talks, false if the sources say it is not.'),
	sources: ids('Ids of the sources that say so (sources file).'),
});

/** One row per cited document. */
export const sourceRow = z.strictObject({
	id: id('The source id, e.g. "ap-2025-03-10-preview"; its anchor on the sources page.'),
	publisher: text('Who published the text, e.g. "AP".'),
	via: optionalText(
		"The site that carries another publisher's text; null when the publisher hosts it.",
	),
	title: text('The headline (when titleIsQuoted) or our neutral description of the document.'),
	titleIsQuoted: z.boolean().describe("true when `title` is the document's own headline."),
	url: optionalUrl('Where the document was read; null when not known (see `note`).'),
	published: optionalDay('The day it was published, YYYY-MM-DD; null when no source gives it.'),
	accessed: isoDay('The day it was last read, YYYY-MM-DD.'),
	archived: optionalUrl('An archived copy; null while none is known.'),
	type: z.enum(SOURCE_TYPES).describe('official, wire, outlet, aggregator or mirror.'),
	language: z
		.string()
		.regex(/^(?:[a-z]{2,3}(?:-[A-Z]{2})?|unknown)$/)
		.describe('BCP 47 language code of the document, e.g. "en", or "unknown".'),
	note: optionalText('Anything a reader should know about this copy; null when nothing.'),
	page: pageUrl("The source on this site's sources page."),
});

/** One row per checkable statement. */
export const claimRow = z.strictObject({
	id: id('The claim id, e.g. "country-count"; its anchor on the claims page.'),
	statement: text(
		'The statement in our words; for a disputed claim, the question its versions answer.',
	),
	status: z
		.enum(CLAIM_STATUSES)
		.describe('confirmed, reported, disputed (see the claim-versions file) or unconfirmed.'),
	events: ids('Ids of the events the claim is about (events file).'),
	participants: ids('Ids of the participants the claim is about (participants file).'),
	sources: ids(
		'Ids of the sources for the statement (sources file); empty for a disputed claim, whose versions carry them.',
	),
	versions: z
		.int()
		.min(0)
		.describe('How many versions a disputed claim has (claim-versions file); 0 otherwise.'),
	correctsSource: z
		.string()
		.regex(ID_PATTERN)
		.nullable()
		.describe("When the claim corrects a source: that source's id; otherwise null."),
	correctsSaid: optionalText(
		'What the corrected source said, in our words; null when the claim corrects nothing.',
	),
	url: pageUrl("The claim on this site's claims page."),
});

/** One row per version of a disputed claim. */
export const claimVersionRow = z.strictObject({
	claim: id('Id of the disputed claim (claims file).'),
	version: position('1, 2, 3… in the order the claim lists them.'),
	statement: text('This account, in our words.'),
	sources: ids('Ids of the sources for this account (sources file).'),
});

/** One row per article. */
export const articleRow = z.strictObject({
	id: id('The article id, e.g. "paris-military-chiefs-meeting".'),
	title: text('The headline.'),
	standfirst: text('The one- or two-sentence summary under the headline.'),
	kind: z.enum(ARTICLE_KINDS).describe('preview, report, analysis or explainer.'),
	published: isoDay('The day it was published on this site, YYYY-MM-DD.'),
	updated: optionalDay(
		'The day of the last substantive change, YYYY-MM-DD; null when never updated.',
	),
	tags: ids('Tags, e.g. ["security-force"].'),
	participants: ids('Ids of the participants the article is about (participants file).'),
	events: ids('Ids of the events the article is about (events file).'),
	claims: ids('Ids of the claims the article sets out (claims file).'),
	sources: ids('Ids of the sources the text cites, in order of first citation (sources file).'),
	corrections: z
		.int()
		.min(0)
		.describe('How many corrections were made after publication (listed on the article page).'),
	url: pageUrl('The article page.'),
});

export type EventRow = z.output<typeof eventRow>;
export type AttendanceRow = z.output<typeof attendanceRow>;
export type ParticipantRow = z.output<typeof participantRow>;
export type RoleRow = z.output<typeof roleRow>;
export type MembershipRow = z.output<typeof membershipRow>;
export type SourceRow = z.output<typeof sourceRow>;
export type ClaimRow = z.output<typeof claimRow>;
export type ClaimVersionRow = z.output<typeof claimVersionRow>;
export type ArticleRow = z.output<typeof articleRow>;
