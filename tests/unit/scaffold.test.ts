/**
 * `npm run new` as pure functions: ids, YAML, flag checks, questions, and — the point of it all —
 * that every kind of drafted file passes the content gate as it is.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/lib/dates.ts';
import { checkContent } from '../../src/lib/gate/gate.ts';
import { readContentTree } from '../../src/node/read-tree.ts';
import { checkPlan, toScaffoldContext } from '../../src/lib/scaffold/context.ts';
import type { EntryKind } from '../../src/lib/scaffold/fields.ts';
import { editDistance, findSimilar } from '../../src/lib/similar.ts';
import {
	askForEntry,
	formatIdList,
	InputEndedError,
	type Prompter,
} from '../../src/lib/scaffold/interactive.ts';
import { parseFlags, planEntry, type Plan } from '../../src/lib/scaffold/scaffold.ts';
import { toSlug, toUniqueId } from '../../src/lib/scaffold/slug.ts';
import { toYamlList, toYamlProse, toYamlScalar } from '../../src/lib/scaffold/yaml.ts';

const BASE = join(import.meta.dirname, '..', 'fixtures', 'base');
const files = readContentTree(BASE);
const today = parseIsoDate('2026-11-26') ?? new Date(Number.NaN);
const context = toScaffoldContext(files, '2026-11-26');

function planFromFlags(kind: EntryKind, flags: Record<string, string>, id?: string): Plan {
	const parsed = parseFlags(kind, flags, context);
	if ('errors' in parsed) throw new Error(parsed.errors.join('\n'));
	const planned = planEntry(kind, parsed.answers, context, id === undefined ? {} : { id });
	if ('errors' in planned) throw new Error(planned.errors.join('\n'));
	return planned.plan;
}

describe('toSlug', () => {
	it('makes a kebab-case id from a headline, dropping accents and thousands separators', () => {
		expect(toSlug('Élysée: 200,000 troops? Zelenskyy’s “minimum”')).toBe(
			'elysee-200000-troops-zelenskyys-minimum',
		);
		expect(toSlug('Straße, Łódź and Ærø')).toBe('strasse-lodz-and-aero');
	});

	it('cuts at a word boundary under the limit', () => {
		expect(toSlug('Military chiefs from more than thirty countries meet in Paris', 30)).toBe(
			'military-chiefs-from-more-than',
		);
	});

	it('returns nothing for a title with no Latin letters or digits', () => {
		expect(toSlug('Зустріч у Парижі')).toBe('');
	});
});

describe('toUniqueId', () => {
	it('adds -2, -3 … when the id is taken', () => {
		expect(toUniqueId('paris', new Set())).toBe('paris');
		expect(toUniqueId('paris', new Set(['paris', 'paris-2']))).toBe('paris-3');
	});
});

describe('YAML output', () => {
	it('quotes only what YAML 1.1 or 1.2 would misread', () => {
		expect(toYamlScalar('Military chiefs meet in Paris')).toBe('Military chiefs meet in Paris');
		expect(toYamlScalar('How we got here: a timeline')).toBe("'How we got here: a timeline'");
		expect(toYamlScalar('yes')).toBe("'yes'");
		expect(toYamlScalar('2025')).toBe("'2025'");
	});

	it('leaves ids unquoted unless YAML would read them as something else', () => {
		expect(toYamlList('participants', ['e5', 'france', '2025', 'yes', '1e5', '2024-12'])).toBe(
			"participants: [e5, france, '2025', 'yes', '1e5', 2024-12]",
		);
		expect(parse(toYamlList('x', ['e5', '2025', 'yes', '1e5', '2024-12']))).toEqual({
			x: ['e5', '2025', 'yes', '1e5', '2024-12'],
		});
	});

	it('writes short lists of ids on one line and long ones as lines', () => {
		expect(toYamlList('participants', ['france', 'italy'])).toBe('participants: [france, italy]');
		const long = Array.from({ length: 8 }, (_, index) => `participant-number-${index}`);
		expect(toYamlList('participants', long).split('\n')).toHaveLength(9);
	});

	it('folds long prose so that YAML reads back exactly the text given', () => {
		const text = `${'A sentence of our own words, about the talks in Paris. '.repeat(5)}End: #1, 'quoted'.`;
		const yaml = toYamlProse('summary', text);
		expect(yaml.startsWith('summary: >-\n')).toBe(true);
		expect(yaml.split('\n').every((line) => line.length <= 100)).toBe(true);
		expect(parse(yaml)).toEqual({ summary: text.trim() });
	});
});

describe('parseFlags', () => {
	it('names each unknown id, with the closest ids and where to find them all', () => {
		expect(
			parseFlags(
				'article',
				{ title: 'X', sources: 'wire,nowhere', participants: 'frnce' },
				context,
			),
		).toEqual({
			errors: [
				'--sources: "wire" is not in content/sources/ — did you mean wire-report? (all ids: npm run new -- --list sources)',
				'--sources: "nowhere" is not in content/sources/ — fix the id, or add the file first with npm run new -- source (all ids: npm run new -- --list sources)',
				'--participants: "frnce" is not in content/participants/ — did you mean france? (all ids: npm run new -- --list participants)',
			],
		});
	});

	it('refuses missing required fields, fields of another kind, and values out of the vocabulary', () => {
		expect(
			parseFlags('event', { title: 'Meeting', status: 'happened', location: 'Paris' }, context),
		).toMatchInlineSnapshot(`
				{
				  "errors": [
				    "--status: "happened" is not one of expected, reported, confirmed, cancelled",
				    "--date: is missing — give YYYY-MM-DD, or YYYY-MM when only the month is known",
				    "--sources: is missing — give ids from content/sources/, separated by commas (at least one)",
				  ],
				}
			`);
		expect(parseFlags('source', { title: 'X', kind: 'wire' }, context)).toMatchObject({
			errors: expect.arrayContaining([
				'--kind: is not a field of a source — its fields are --publisher, --title, --url, --published, --type, --via, --language, --archived, --note',
			]) as unknown,
		});
	});

	it('asks for a label where the date is vague, and refuses a range that ends before it starts', () => {
		const base = { title: 'Meeting', status: 'confirmed', sources: 'wire-report' };
		expect(
			parseFlags('event', { ...base, date: '2025-01-23', precision: 'approximate' }, context),
		).toEqual({
			errors: [
				'--label: is missing — give what readers see, e.g. "about 23 January 2025" (needed for approximate, before and after)',
			],
		});
		expect(
			parseFlags(
				'event',
				{ ...base, date: '2025-03-11', precision: 'range', end: '2025-03-10' },
				context,
			),
		).toEqual({
			errors: ['--end: the range ends before it starts — give the last day, on or after the first'],
		});
		expect(
			parseFlags('event', { ...base, date: '2025-03-11', end: '2025-03-12' }, context),
		).toEqual({
			errors: ['--end: only a range has an end — add --precision range, or leave --end out'],
		});
	});

	it("offers only countries as a person's country", () => {
		expect(
			parseFlags(
				'participant',
				{ title: 'Ann', kind: 'person', country: 'jane-doe', sources: 'wire-report' },
				context,
			),
		).toEqual({
			errors: ['--country: "jane-doe" is not a country — give a participant with kind: country'],
		});
	});

	it('takes --title as the name of a participant and the statement of a claim', () => {
		const claim = planFromFlags('claim', {
			title: 'The chiefs met.',
			status: 'reported',
			sources: 'wire-report',
		});
		expect(claim.text).toContain('statement: The chiefs met.\n');
	});
});

describe('planEntry', () => {
	it("writes an article with today's date and each source cited once", () => {
		const plan = planFromFlags('article', {
			title: 'Defence ministers follow up in Paris',
			kind: 'report',
			participants: 'france',
			sources: 'wire-report,ministry-page',
		});
		expect(plan.file).toBe('content/articles/defence-ministers-follow-up-in-paris.md');
		expect(plan.text).toMatchInlineSnapshot(`
			"---
			title: Defence ministers follow up in Paris
			standfirst: 'TODO: one or two sentences under the headline, in your own words.'
			kind: report
			published: 2026-11-26
			participants: [france]
			---

			TODO: the first fact, in your own words, followed by its source.[^wire-report]

			TODO: the next fact, in your own words, followed by its source.[^ministry-page]
			"
		`);
	});

	it('gives a taken title the next free id, and refuses a taken --id', () => {
		const answers = { title: 'The meeting report', kind: 'report', sources: ['wire-report'] };
		const taken = {
			...context,
			ids: { ...context.ids, articles: new Set(['the-meeting-report']) },
		};
		const planned = planEntry('article', answers, taken);
		expect('plan' in planned && planned.plan.id).toBe('the-meeting-report-2');
		expect(planEntry('article', answers, context, { id: 'meeting-report' })).toEqual({
			errors: [
				'--id: content/articles/meeting-report.md already exists — choose another id; existing files are never overwritten',
			],
		});
	});

	it('starts an event id with its date and a source id with its publisher and day', () => {
		const event = planFromFlags('event', {
			title: 'Chiefs meet again',
			status: 'expected',
			date: '2025-03',
			sources: 'wire-report',
		});
		expect(event.id).toBe('2025-03-chiefs-meet-again');
		expect(event.text).toContain('when:\n  precision: month\n  date: 2025-03\n');
		const source = planFromFlags('source', {
			publisher: 'Le Monde',
			title: 'Les chefs d’état-major à Paris',
			url: 'https://www.lemonde.fr/article',
			published: '2025-03-11',
			type: 'outlet',
			language: 'fr',
		});
		expect(source.id).toBe('le-monde-2025-03-11');
	});
});

describe('a drafted file passes the content gate', () => {
	const drafts: Array<[string, EntryKind, Record<string, string>]> = [
		[
			'an article citing two sources, about one participant',
			'article',
			{
				title: 'Defence ministers follow up: “about 15 countries”',
				participants: 'france',
				sources: 'wire-report,ministry-page',
				events: '2025-03-11-meeting',
				claims: 'meeting-held',
				tags: 'follow-up',
			},
		],
		[
			'an article with a long standfirst',
			'article',
			{
				title: 'A long one',
				kind: 'analysis',
				standfirst:
					'One sentence, in our own words, that runs long enough to be folded over two lines of the YAML frontmatter: #not-a-comment.',
				sources: 'wire-report',
			},
		],
		[
			'an event on a day',
			'event',
			{
				title: 'Chiefs meet',
				status: 'confirmed',
				date: '2025-03-11',
				location: 'École Militaire, Paris',
				participants: 'france',
				claims: 'meeting-held',
				sources: 'wire-report',
			},
		],
		[
			'an event over a range',
			'event',
			{
				title: 'Talks',
				status: 'expected',
				date: '2025-03-11',
				precision: 'range',
				end: '2025-03-12',
				label: '11–12 March',
				sources: 'wire-report',
			},
		],
		[
			'an approximate event',
			'event',
			{
				title: 'Clarification',
				status: 'confirmed',
				date: '2025-01-23',
				precision: 'approximate',
				label: 'about 23 January 2025',
				sources: 'wire-report',
			},
		],
		[
			'a source with a URL',
			'source',
			{
				publisher: 'AP',
				title: 'More than 30 nations: a preview',
				url: 'https://example.org/ap',
				published: '2025-03-10',
				type: 'wire',
				archived: 'https://web.archive.org/web/2025/https://example.org/ap',
			},
		],
		[
			'a mirror with no known URL',
			'source',
			{
				publisher: 'Reuters',
				via: 'a forum',
				title: 'Reposted text',
				url: 'unknown',
				published: 'unknown',
				type: 'mirror',
				language: 'en',
				note: 'Seen only as a screenshot.',
			},
		],
		[
			'a person',
			'participant',
			{ name: 'Ann Example', kind: 'person', country: 'france', sources: 'ministry-page' },
		],
		[
			'an organisation',
			'participant',
			{
				name: 'E5',
				kind: 'organisation',
				summary: 'Five defence ministers.',
				sources: 'wire-report',
			},
		],
		[
			'a reported claim',
			'claim',
			{
				statement: 'About 15 countries were interested.',
				status: 'reported',
				events: '2025-03-11-meeting',
				participants: 'france',
				sources: 'wire-report',
			},
		],
		[
			'a disputed claim',
			'claim',
			{
				statement: 'How did Australia take part?',
				status: 'disputed',
				sources: 'wire-report,ministry-page',
			},
		],
	];

	it.each(drafts)('%s', (_name, kind, flags) => {
		const plan = planFromFlags(kind, flags);
		const problems = checkPlan(files, plan, { today, launched: today });
		// A new source has no citation yet: the gate warns, and passes.
		const expected =
			kind === 'source'
				? [
						expect.objectContaining({
							severity: 'warning',
							message: expect.stringMatching(/^is never cited/) as unknown,
						}),
					]
				: [];
		expect(problems).toEqual(expected);
	});

	it('would be caught before writing if a value breaks a rule only the gate knows', () => {
		const plan = planFromFlags('article', { title: 'x'.repeat(130), sources: 'wire-report' });
		expect(checkPlan(files, plan, { today })).toEqual([
			{
				file: `content/articles/${'x'.repeat(60)}.md`,
				line: 2,
				field: 'title',
				message: 'must be at most 120 characters',
				severity: 'error',
			},
		]);
	});

	it('leaves the rest of the tree as it was', () => {
		const plan = planFromFlags('source', {
			publisher: 'AP',
			title: 'T',
			url: 'https://example.org/t',
			published: 'unknown',
			type: 'wire',
		});
		const before = checkContent(files, { today }).problems;
		expect(before).toEqual([]);
		// A new source is not cited yet: a warning, which does not fail the gate.
		expect(checkPlan(files, plan, { today })).toMatchObject([
			{ severity: 'warning', field: 'source' },
		]);
	});
});

describe('askForEntry', () => {
	function scripted(answers: string[]): Prompter & { transcript: string[] } {
		const transcript: string[] = [];
		return {
			transcript,
			ask: (question) => {
				const answer = answers.shift();
				transcript.push(`${question}${answer ?? '<end>'}`);
				return Promise.resolve(answer);
			},
			print: (text) => transcript.push(text),
		};
	}

	it('asks each field in turn, lists the ids, asks again after a wrong answer', async () => {
		const io = scripted([
			'artcle',
			'article',
			'The meeting',
			'',
			'',
			'wire-reprt',
			'wire-report',
			'france',
			'',
			'',
			'',
			'',
		]);
		const plan = await askForEntry(context, io, { width: 60 });
		expect(plan.file).toBe('content/articles/the-meeting.md');
		expect(plan.text).toContain('participants: [france]\n');
		expect(io.transcript).toMatchInlineSnapshot(`
			[
			  "What do you want to add? (article, event, source, participant, claim) [article]: artcle",
			  "  ✗ "artcle" is not one of article, event, source, participant, claim",
			  "What do you want to add? (article, event, source, participant, claim) [article]: article",
			  "Headline: The meeting",
			  "Kind of article (preview, report, analysis, explainer) [report]: ",
			  "Standfirst: one or two sentences under the headline (Enter to skip): ",
			  "Ids you can give (from content/sources/):",
			  "  ministry-page, wire-report",
			  "Sources the article cites (each is cited once in the draft body): wire-reprt",
			  "  ✗ "wire-reprt" is not in content/sources/ — did you mean wire-report? (all ids: npm run new -- --list sources)",
			  "Sources the article cites (each is cited once in the draft body): wire-report",
			  "Ids you can give (from content/participants/):",
			  "  france, jane-doe",
			  "Participants it is about (Enter to skip): france",
			  "Ids you can give (from content/events/):",
			  "  2025-03-11-meeting",
			  "Events it is about (Enter to skip): ",
			  "Ids you can give (from content/claims/):",
			  "  meeting-held",
			  "Claims it sets out (Enter to skip): ",
			  "Tags (Enter to skip): ",
			  "File name in content/articles/ [the-meeting]: ",
			]
		`);
	});

	it('skips questions that do not apply, such as the end of a date that is not a range', async () => {
		const io = scripted([
			'Chiefs meet',
			'confirmed',
			'2025-03-11',
			'',
			'',
			'',
			'',
			'',
			'wire-report',
			'',
		]);
		const plan = await askForEntry(context, io, { kind: 'event' });
		expect(plan.id).toBe('2025-03-11-chiefs-meet');
		expect(io.transcript.some((line) => line.startsWith('Last day of the range'))).toBe(false);
		expect(io.transcript.some((line) => line.startsWith('The phrase readers see'))).toBe(false);
	});

	it('stops without a plan when the input ends', async () => {
		await expect(askForEntry(context, scripted(['source', 'AP']))).rejects.toBeInstanceOf(
			InputEndedError,
		);
	});
});

describe('helpers', () => {
	it('wraps a list of ids at the given width', () => {
		expect(formatIdList(['alpha', 'bravo', 'charlie', 'delta'], 20)).toEqual([
			'  alpha, bravo,',
			'  charlie, delta',
		]);
		expect(formatIdList([])).toEqual(['  (none yet)']);
	});

	it('finds ids a few letters away, or containing every word given', () => {
		expect(editDistance('frnce', 'france')).toBe(1);
		expect(
			findSimilar('ap-preview', ['ap-2025-03-10-preview', 'afp-2025', 'unn-15-countries']),
		).toEqual(['ap-2025-03-10-preview']);
	});
});
