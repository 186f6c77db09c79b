/**
 * `npm run new`: drafts a new article, event, source, participant or claim in content/, with
 * today's date and an id made from its title, and checks it with the content gate before writing.
 * An existing file is never overwritten.
 *
 *   npm run new                                  asks for everything, one question at a time
 *   npm run new -- article                       asks for an article's fields
 *   npm run new -- article --title "…" --sources a,b --participants france
 *                                                no questions: for scripts and CI
 *   npm run new -- --list sources                prints the ids you can use, with publisher, date, title
 *   npm run new -- --list sources --date 2025-03-12   only those of that day (or its events)
 *   npm run new -- --list sources lecornu        only those with the word (or --grep lecornu)
 *   npm run new -- --help                        every flag of every kind
 *
 *   --id ID      file name (without extension) instead of one made from the title
 *   --dry-run    print the file instead of writing it
 *   --root DIR   work in DIR/content (used by the tests)
 *   --today D    treat D (YYYY-MM-DD) as today (used by the tests)
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseIsoDate, toIsoDate, todayIn } from '../src/lib/dates.ts';
import { formatProblem } from '../src/lib/gate/problem.ts';
import { readContentTree } from '../src/node/read-tree.ts';
import { COLLECTION_NAMES, type CollectionName } from '../src/lib/content/layout.ts';
import { checkPlan, toScaffoldContext } from '../src/lib/scaffold/context.ts';
import { listEntries } from '../src/lib/scaffold/list.ts';
import { checkContent } from '../src/lib/gate/gate.ts';
import { ENTRY_KINDS, FIELDS, type EntryKind } from '../src/lib/scaffold/fields.ts';
import { askForEntry, InputEndedError } from '../src/lib/scaffold/interactive.ts';
import { parseFlags, planEntry, type Plan } from '../src/lib/scaffold/scaffold.ts';
import { writeNewFile } from '../src/lib/scaffold/write.ts';
import { urls } from '../src/lib/urls.ts';
import { SITE } from '../src/site.ts';

const CONTROL = {
	id: { type: 'string' },
	root: { type: 'string', default: '.' },
	today: { type: 'string' },
	'dry-run': { type: 'boolean', default: false },
	list: { type: 'string' },
	grep: { type: 'string' },
	date: { type: 'string' },
	help: { type: 'boolean', short: 'h', default: false },
} as const;
const FIELD_NAMES = [
	...new Set(Object.values(FIELDS).flatMap((fields) => fields.map((field) => field.name))),
];

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			...CONTROL,
			...Object.fromEntries(FIELD_NAMES.map((name) => [name, { type: 'string' as const }])),
			title: { type: 'string' },
		},
	});
} catch (error) {
	fail(`${(error as Error).message} — run npm run new -- --help to see every flag`);
}
const { values, positionals } = parsed;

if (values.help) {
	console.log(helpText());
	process.exit(0);
}

const todayDate = values.today ? parseIsoDate(values.today) : todayIn(new Date(), SITE.timeZone);
if (!todayDate) fail(`--today: "${values.today}" is not a date — write YYYY-MM-DD`);
const files = readContentTree(values.root);
const context = toScaffoldContext(files, toIsoDate(todayDate));

if (values.list !== undefined) {
	const collection = toCollection(values.list);
	if (!collection)
		fail(
			`--list: "${values.list}" is not a folder of content/ — use one of ${COLLECTION_NAMES.join(', ')}`,
		);
	// A word may come as --grep or after the kind: npm run new -- --list sources lecornu
	const word = values.grep ?? (positionals.length > 0 ? positionals.join(' ') : undefined);
	const date = values.date;
	if (date !== undefined && !parseIsoDate(date))
		fail(`--date: "${date}" is not a date — write YYYY-MM-DD, e.g. 2025-03-12`);
	const { content } = checkContent(files, { today: todayDate });
	const lines = listEntries(collection, context.ids[collection], content, {
		...(word === undefined ? {} : { word }),
		...(date === undefined ? {} : { date }),
	});
	for (const line of lines) console.log(line);
	if (lines.length === 0)
		console.error(
			`No ${collection} match — loosen the filter, or list them all: npm run new -- --list ${collection}`,
		);
	process.exit(0);
}

const [kindArgument, ...extra] = positionals;
if (extra.length > 0)
	fail(
		`"${extra.join(' ')}" is not understood — put quotes around a title with spaces: --title "…"`,
	);
if (kindArgument !== undefined && !(ENTRY_KINDS as readonly string[]).includes(kindArgument)) {
	fail(
		`"${kindArgument}" is not something npm run new can add — use one of ${ENTRY_KINDS.join(', ')}`,
	);
}
const kind = kindArgument as EntryKind | undefined;
const controlNames = new Set(Object.keys(CONTROL));
const fieldFlags = Object.fromEntries(
	Object.entries(values).filter(
		(entry): entry is [string, string] =>
			!controlNames.has(entry[0]) && typeof entry[1] === 'string',
	),
);

// Any field flag means "no questions": a script or CI must never hang waiting for an answer.
const plan =
	Object.keys(fieldFlags).length > 0 ? planFromFlags(fieldFlags) : await planFromQuestions();

const launched = parseIsoDate(SITE.launched);
const problems = checkPlan(
	files,
	plan,
	launched ? { today: todayDate, launched } : { today: todayDate },
);
const errors = problems.filter((problem) => problem.severity === 'error');
if (errors.length > 0) {
	for (const problem of errors) console.error(formatProblem(problem));
	console.error(
		`${plan.file} was not written: the content gate would refuse it (see above) — shorten or fix those values and run the command again`,
	);
	process.exit(1);
}

if (values['dry-run']) {
	process.stdout.write(plan.text);
	process.exit(0);
}

try {
	writeNewFile(join(values.root, plan.file), plan.text);
} catch (error) {
	if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
		fail(`${plan.file} already exists — it was not overwritten; pass another --id`);
	}
	throw error;
}
console.log(`Created ${plan.file}`);
console.log(nextSteps(plan));

function planFromFlags(flags: Record<string, string>): Plan {
	if (!kind)
		fail(
			`say what to add first, e.g. npm run new -- article --title "…" (one of ${ENTRY_KINDS.join(', ')})`,
		);
	const result = parseFlags(kind, flags, context);
	if ('errors' in result) fail(result.errors.join('\n'));
	const planned = planEntry(
		kind,
		result.answers,
		context,
		values.id === undefined ? {} : { id: values.id },
	);
	if ('errors' in planned) fail(planned.errors.join('\n'));
	return planned.plan;
}

async function planFromQuestions(): Promise<Plan> {
	// Node's types say boolean, but isTTY is undefined when input is piped.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
	const terminal = Boolean(process.stdin.isTTY);
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal });
	const lines = rl[Symbol.asyncIterator]();
	// Without a listener, readline swallows Ctrl-C and the question stays on screen.
	let interrupted = false;
	rl.on('SIGINT', () => {
		interrupted = true;
		rl.close();
	});
	try {
		return await askForEntry(
			context,
			{
				ask: async (question) => {
					rl.setPrompt(question);
					rl.prompt();
					const next = await lines.next();
					// Piped answers are not echoed; print them so the transcript reads like a session.
					if (!terminal && !next.done) process.stdout.write(`${next.value}\n`);
					return next.done ? undefined : next.value;
				},
				print: (text) => {
					console.log(text);
				},
			},
			{ ...(kind ? { kind } : {}), width: process.stdout.columns || 80 },
		);
	} catch (error) {
		if (error instanceof InputEndedError) {
			// Set by the SIGINT listener, which type analysis cannot see.
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
			fail(interrupted ? '\nStopped — nothing was written.' : `\n${error.message}`);
		}
		throw error;
	} finally {
		rl.close();
	}
}

function toCollection(name: string): CollectionName | undefined {
	const plural = name.endsWith('s') ? name : `${name}s`;
	return (COLLECTION_NAMES as readonly string[]).includes(plural)
		? (plural as CollectionName)
		: undefined;
}

function nextSteps(created: Plan): string {
	const todo = created.text.includes('TODO')
		? [
				'Open it and replace every line that starts with TODO (npm run check:content lists any left).',
			]
		: [];
	const steps: Record<EntryKind, string[]> = {
		article: [
			...todo,
			'Write each fact in your own words, followed by its source: [^source-id].',
			`Preview: npm run dev, then open http://localhost:4321${urls.article(created.id)}`,
		],
		event: [...todo, `Reference it from an article with events: [${created.id}]`],
		source: [
			...todo,
			`Cite it in an article as [^${created.id}], or list it in the sources of an event, participant or claim.`,
		],
		participant: [...todo, `Reference it with participants: [${created.id}]`],
		claim: [...todo, `Reference it from an article or event with claims: [${created.id}]`],
	};
	return [
		...steps[created.kind],
		'Then run npm run check:content and open a pull request (see CONTRIBUTING.md).',
	]
		.map((step, index) => `  ${index + 1}. ${step}`)
		.join('\n');
}

function helpText(): string {
	const kinds = ENTRY_KINDS.map((entryKind) => {
		const fields = FIELDS[entryKind].map((field) => {
			const fallback = field.fallback?.({});
			const note = fallback ? ` (default: ${fallback})` : field.required({}) ? ' (required)' : '';
			return `    --${field.name.padEnd(13)}${field.help}${note}`;
		});
		return [`  ${entryKind}:`, ...fields].join('\n');
	});
	return [
		'Usage: npm run new [-- <kind> [--field value …]]',
		'',
		`Without flags it asks its questions one at a time. Kinds: ${ENTRY_KINDS.join(', ')}.`,
		"Lists of ids are separated by commas. --title also works for a participant's name and a claim's statement.",
		'',
		...kinds,
		'',
		'  --id ID        file name (without extension) instead of one made from the title',
		'  --list NAME    print the ids in content/NAME/ (articles, events, participants, sources, claims)',
		'                 with what each is; add a word (or --grep WORD) or --date YYYY-MM-DD to filter',
		'  --dry-run      print the file instead of writing it',
		'',
		'Example:',
		'  npm run new -- article --title "Defence ministers follow up in Paris" --kind report \\',
		'    --participants france --sources euromaidan-2025-03-12,unn-15-countries',
	].join('\n');
}
