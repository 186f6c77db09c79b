/**
 * What `npm run new` asks for each kind of entry, written once and used three ways: as command
 * line flags, as interactive questions, and as the `--help` text. Every value is checked as it is
 * given, so a contributor hears "unknown source" at the prompt, not later from the gate.
 */
import { parseIsoDate, parseIsoMonth } from '../dates.ts';
import type { CollectionName } from '../content/layout.ts';
import { ARTICLE_KINDS } from '../schema/article.ts';
import { CLAIM_STATUSES } from '../schema/claim.ts';
import { EVENT_STATUSES } from '../schema/event.ts';
import { PARTICIPANT_KINDS } from '../schema/participant.ts';
import { ID_PATTERN, isHttpsUrl } from '../schema/shared.ts';
import { SOURCE_TYPES } from '../schema/source.ts';
import { DATE_PRECISIONS } from '../schema/when.ts';
import { findSimilar } from '../similar.ts';

export const ENTRY_KINDS = ['article', 'event', 'source', 'participant', 'claim'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The folder each kind of entry goes in. */
export const COLLECTION_OF: Record<EntryKind, CollectionName> = {
	article: 'articles',
	event: 'events',
	source: 'sources',
	participant: 'participants',
	claim: 'claims',
};

/** What the scaffold knows about the content already there. */
export interface ScaffoldContext {
	/** Today in the site's time zone, YYYY-MM-DD: the `published` of a new article. */
	today: string;
	/** The ids of every file in each collection. */
	ids: Record<CollectionName, ReadonlySet<string>>;
	/** Each participant's kind, so a person's `country` can only be a country. */
	participantKinds: ReadonlyMap<string, string>;
}

/** Answers so far: text for single values, arrays for lists. */
export type Answers = Partial<Record<string, string | string[]>>;

type Parsed = { value: string | string[] } | { error: string };

export interface FieldSpec {
	/** The flag (`--sources`) and the key in the answers. */
	name: string;
	/** The question asked interactively. */
	question: string;
	/** One line for `--help`. */
	help: string;
	/** Whether the entry cannot be written without it (given the answers so far). */
	required: (answers: Answers) => boolean;
	/** Whether to ask at all, given the answers so far (e.g. `end` only for a range). */
	applies: (answers: Answers) => boolean;
	/** Fixed values, listed with the question. */
	choices?: readonly string[];
	/** A list of ids from this collection; the valid ids are listed before the question. */
	references?: CollectionName;
	/** The ids to list, when only some of the collection are valid (a person's country). */
	listIds?: (context: ScaffoldContext) => string[];
	/** The value used when the answer is left empty. */
	fallback?: (answers: Answers) => string | undefined;
	/** Checks and converts one raw answer. */
	parse: (raw: string, answers: Answers, context: ScaffoldContext) => Parsed;
}

const always = () => true;
const never = () => false;

function text(
	name: string,
	question: string,
	help: string,
	options: Partial<FieldSpec> = {},
): FieldSpec {
	return {
		name,
		question,
		help,
		required: always,
		applies: always,
		parse: (raw) => ({ value: raw.replace(/\s+/g, ' ').trim() }),
		...options,
	};
}

function choice(
	name: string,
	question: string,
	choices: readonly string[],
	options: Partial<FieldSpec> = {},
): FieldSpec {
	return {
		name,
		question,
		help: `one of ${choices.join(', ')}`,
		required: always,
		applies: always,
		choices,
		parse: (raw) => {
			const value = raw.trim().toLowerCase();
			return choices.includes(value)
				? { value }
				: { error: `"${raw.trim()}" is not one of ${choices.join(', ')}` };
		},
		...options,
	};
}

/** A comma- or space-separated list of ids that must exist in `collection`. */
function references(
	name: string,
	collection: CollectionName,
	question: string,
	options: Partial<FieldSpec> = {},
): FieldSpec {
	return {
		name,
		question,
		help: `ids from content/${collection}/, separated by commas`,
		required: never,
		applies: always,
		references: collection,
		parse: (raw, _answers, context) => parseIds(raw, collection, context.ids[collection]),
		...options,
	};
}

/** Splits "a, b c" into ids and refuses any that are not files in the collection. */
export function parseIds(
	raw: string,
	collection: CollectionName,
	known: ReadonlySet<string>,
): Parsed {
	const ids = splitList(raw);
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length > 0) {
		// One line per unknown id; the caller puts the flag name in front of each.
		return {
			error: unknown
				.map((id) => {
					const close = findSimilar(id, known);
					const fix =
						close.length > 0
							? `did you mean ${close.join(' or ')}?`
							: `fix the id, or add the file first with npm run new -- ${collection.replace(/s$/, '')}`;
					return `"${id}" is not in content/${collection}/ — ${fix} (all ids: npm run new -- --list ${collection})`;
				})
				.join('\n'),
		};
	}
	const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
	if (repeated) return { error: `"${repeated}" is listed twice — keep one` };
	return { value: ids };
}

/** "a, b  c" → ["a", "b", "c"]. */
export function splitList(raw: string): string[] {
	return raw.split(/[\s,]+/).filter(Boolean);
}

const isMonth = (value: Answers[string]) =>
	typeof value === 'string' && /^\d{4}-\d{2}$/.test(value);

function isoDay(raw: string): Parsed {
	const value = raw.trim();
	return parseIsoDate(value)
		? { value }
		: { error: `"${value}" is not a date — write YYYY-MM-DD, e.g. 2025-03-11` };
}

const title = (question: string, help: string) =>
	text('title', question, help, {
		parse: (raw) => {
			const value = raw.replace(/\s+/g, ' ').trim();
			return value === '' ? { error: 'must not be empty' } : { value };
		},
	});

const sources = (question = 'Sources it cites') =>
	references('sources', 'sources', question, {
		required: always,
		help: 'ids from content/sources/, separated by commas (at least one)',
	});

/** The fields of each kind of entry, in the order they are asked. */
export const FIELDS: Record<EntryKind, FieldSpec[]> = {
	article: [
		title('Headline', 'the headline, at most 120 characters'),
		choice('kind', 'Kind of article', ARTICLE_KINDS, { fallback: () => 'report' }),
		text(
			'standfirst',
			'Standfirst: one or two sentences under the headline',
			'one or two sentences under the headline (a TODO line if left out)',
			{ required: never },
		),
		sources('Sources the article cites (each is cited once in the draft body)'),
		references('participants', 'participants', 'Participants it is about'),
		references('events', 'events', 'Events it is about'),
		references('claims', 'claims', 'Claims it sets out'),
		text('tags', 'Tags', 'tags in lower-case kebab-case, separated by commas', {
			required: never,
			parse: (raw) => {
				const tags = splitList(raw.toLowerCase());
				const bad = tags.find((tag) => !ID_PATTERN.test(tag));
				return bad
					? { error: `"${bad}" is not a lower-case kebab-case tag, e.g. security-force` }
					: { value: tags };
			},
		}),
	],
	event: [
		title('Title for the timeline', 'a short headline for the timeline, at most 140 characters'),
		choice('status', 'Status', EVENT_STATUSES),
		text(
			'date',
			'Date (YYYY-MM-DD, or YYYY-MM when only the month is known)',
			'YYYY-MM-DD, or YYYY-MM when only the month is known',
			{
				parse: (raw) => {
					const value = raw.trim();
					if (parseIsoMonth(value)) return { value };
					return parseIsoDate(value)
						? { value }
						: {
								error: `"${value}" is not a date — write YYYY-MM-DD, e.g. 2025-03-11, or YYYY-MM for a month`,
							};
				},
			},
		),
		choice('precision', 'How precise is that date', DATE_PRECISIONS, {
			help: `one of ${DATE_PRECISIONS.join(', ')}; month for a YYYY-MM date`,
			fallback: (answers) => (isMonth(answers['date']) ? 'month' : 'day'),
			parse: (raw, answers) => {
				const value = raw.trim().toLowerCase();
				if (!(DATE_PRECISIONS as readonly string[]).includes(value)) {
					return { error: `"${raw.trim()}" is not one of ${DATE_PRECISIONS.join(', ')}` };
				}
				if (value === 'month' && !isMonth(answers['date']))
					return { error: 'month needs the date written YYYY-MM, e.g. 2024-12' };
				if (value !== 'month' && isMonth(answers['date']))
					return { error: `${value} needs a whole date, YYYY-MM-DD — or choose month` };
				return { value };
			},
		}),
		text('end', 'Last day of the range (YYYY-MM-DD)', 'the last day, for precision: range', {
			applies: (answers) => answers['precision'] === 'range',
			required: (answers) => answers['precision'] === 'range',
			parse: (raw, answers) => {
				const parsed = isoDay(raw);
				if ('value' in parsed && String(parsed.value) < String(answers['date'] ?? '')) {
					return {
						error: 'the range ends before it starts — give the last day, on or after the first',
					};
				}
				return parsed;
			},
		}),
		text(
			'label',
			'The phrase readers see, e.g. "end of January 2025"',
			'what readers see, e.g. "about 23 January 2025" (needed for approximate, before and after)',
			{
				applies: (answers) => answers['precision'] !== 'day',
				required: (answers) =>
					['approximate', 'before', 'after'].includes(String(answers['precision'])),
			},
		),
		text(
			'summary',
			'Summary: what happened, in one to three sentences of your own words',
			'one to three sentences (a TODO line if left out)',
			{ required: never },
		),
		text('location', 'Where', 'e.g. "École Militaire, Paris"', { required: never }),
		references('participants', 'participants', 'Participants'),
		references('claims', 'claims', 'Claims about it'),
		sources('Sources for the event'),
	],
	source: [
		text('publisher', 'Publisher (who wrote it, e.g. AP)', 'who published the text, e.g. "AP"'),
		title(
			'Title (the headline, or a neutral description)',
			"the document's headline or a neutral description",
		),
		text(
			'url',
			'URL (https://…, or "unknown")',
			'the https:// address where you read it, or "unknown" (then give --note)',
			{
				parse: (raw) => {
					const value = raw.trim();
					if (value === 'unknown' || isHttpsUrl(value)) return { value };
					return {
						error: `"${value}" is not a full https:// address — copy it from the browser, or write unknown`,
					};
				},
			},
		),
		text(
			'published',
			'Published (YYYY-MM-DD, or "unknown")',
			'the day it was published, YYYY-MM-DD, or "unknown"',
			{
				parse: (raw) => (raw.trim() === 'unknown' ? { value: 'unknown' } : isoDay(raw)),
			},
		),
		choice('type', 'Type', SOURCE_TYPES),
		text(
			'via',
			'Site that carries the text (for a mirror or a wire copy)',
			'the site that reposted the text; needed for type mirror',
			{
				required: (answers) => answers['type'] === 'mirror',
			},
		),
		text('language', 'Language code (en, fr, uk…)', 'language code of the document, e.g. en', {
			fallback: () => 'en',
			parse: (raw) => {
				const value = raw.trim();
				return /^(?:[a-z]{2,3}(?:-[A-Z]{2})?|unknown)$/.test(value)
					? { value }
					: { error: `"${value}" is not a language code — write en, fr, uk…` };
			},
		}),
		text(
			'archived',
			'Archived copy (https://web.archive.org/…)',
			'an archived copy, if there is one',
			{
				required: never,
				parse: (raw) => {
					const value = raw.trim();
					return isHttpsUrl(value)
						? { value }
						: { error: `"${value}" is not a full https:// address` };
				},
			},
		),
		text(
			'note',
			'Note for readers about this copy',
			'anything readers should know; needed when the URL is unknown',
			{
				required: (answers) => answers['url'] === 'unknown',
			},
		),
	],
	participant: [
		text('name', 'Name readers see', 'e.g. "France" or "Sébastien Lecornu"', {
			parse: (raw) => {
				const value = raw.replace(/\s+/g, ' ').trim();
				return value === '' ? { error: 'must not be empty' } : { value };
			},
		}),
		choice('kind', 'Kind', PARTICIPANT_KINDS),
		text(
			'summary',
			'Summary: who or what this is in the story',
			'one or two sentences (a TODO line if left out)',
			{ required: never },
		),
		references('country', 'participants', 'Country they act for (a participant id)', {
			help: 'for a person: the id of the country they act for',
			listIds: (context) =>
				[...context.participantKinds].filter(([, kind]) => kind === 'country').map(([id]) => id),
			applies: (answers) => answers['kind'] === 'person',
			parse: (raw, _answers, context) => {
				const ids = splitList(raw);
				if (ids.length !== 1) return { error: 'give exactly one country id' };
				const [id = ''] = ids;
				const parsed = parseIds(id, 'participants', context.ids.participants);
				if ('error' in parsed) return parsed;
				if (context.participantKinds.get(id) !== 'country')
					return { error: `"${id}" is not a country — give a participant with kind: country` };
				return { value: id };
			},
		}),
		sources('Sources that name them'),
	],
	claim: [
		text(
			'statement',
			'Statement, in your own words (for a disputed claim, the question)',
			'the statement, in your own words',
			{
				parse: (raw) => {
					const value = raw.replace(/\s+/g, ' ').trim();
					return value === '' ? { error: 'must not be empty' } : { value };
				},
			},
		),
		choice('status', 'Status', CLAIM_STATUSES),
		references('events', 'events', 'Events it is about'),
		references('participants', 'participants', 'Participants it is about'),
		{
			...sources('Sources (for a disputed claim, one per version)'),
			parse: (raw, answers, context) => {
				const parsed = parseIds(raw, 'sources', context.ids.sources);
				if ('value' in parsed && answers['status'] === 'disputed' && parsed.value.length < 2) {
					return { error: 'a disputed claim needs two or more sources, one for each version' };
				}
				return parsed;
			},
		},
	],
};
