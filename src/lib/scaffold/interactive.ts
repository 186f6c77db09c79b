/**
 * The questions bare `npm run new` asks. The terminal is passed in as two functions, so the tests
 * can answer from a list and the script from readline.
 */
import {
	COLLECTION_OF,
	ENTRY_KINDS,
	FIELDS,
	type Answers,
	type EntryKind,
	type FieldSpec,
	type ScaffoldContext,
} from './fields.ts';
import { answerField, planEntry, type Plan } from './scaffold.ts';

export interface Prompter {
	/** Asks one question and returns the answer; undefined once the input has ended. */
	ask: (question: string) => Promise<string | undefined>;
	/** Shows a line of text. */
	print: (text: string) => void;
}

/** Thrown when the input ends before every question is answered (Ctrl-D, or a short pipe). */
export class InputEndedError extends Error {
	constructor() {
		super('the input ended before every question was answered — nothing was written');
	}
}

/** Ids as a comma-separated list wrapped at `width`: dense enough for 60 sources, easy to copy from. */
export function formatIdList(ids: readonly string[], width = 80): string[] {
	if (ids.length === 0) return ['  (none yet)'];
	const lines: string[] = [];
	let current = '';
	ids.forEach((id, index) => {
		const item = index === ids.length - 1 ? id : `${id},`;
		if (current !== '' && `  ${current} ${item}`.length > width) {
			lines.push(`  ${current}`);
			current = item;
		} else current = current === '' ? item : `${current} ${item}`;
	});
	lines.push(`  ${current}`);
	return lines;
}

/** The question as shown: choices, the default in brackets, and whether Enter skips it. */
export function toQuestion(field: FieldSpec, answers: Answers): string {
	const choices = field.choices ? ` (${field.choices.join(', ')})` : '';
	const fallback = field.fallback?.(answers);
	const hint = fallback ? ` [${fallback}]` : field.required(answers) ? '' : ' (Enter to skip)';
	return `${field.question}${choices}${hint}: `;
}

async function askUntilValid<T>(
	io: Prompter,
	question: string,
	check: (raw: string) => { value: T } | { error: string },
): Promise<T> {
	for (;;) {
		const raw = await io.ask(question);
		if (raw === undefined) throw new InputEndedError();
		const result = check(raw);
		if ('value' in result) return result.value;
		for (const line of result.error.split('\n')) io.print(`  ✗ ${line}`);
	}
}

/**
 * Asks for the kind of entry (unless given), each field that applies, and the file name, and
 * returns the plan for the new file. Every answer is checked at once and asked again if wrong.
 */
export async function askForEntry(
	context: ScaffoldContext,
	io: Prompter,
	options: { kind?: EntryKind; width?: number } = {},
): Promise<Plan> {
	const kind =
		options.kind ??
		(await askUntilValid(
			io,
			`What do you want to add? (${ENTRY_KINDS.join(', ')}) [article]: `,
			(raw) => {
				const value = raw.trim().toLowerCase() || 'article';
				return (ENTRY_KINDS as readonly string[]).includes(value)
					? { value: value as EntryKind }
					: { error: `"${raw.trim()}" is not one of ${ENTRY_KINDS.join(', ')}` };
			},
		));
	const answers: Answers = {};
	for (const field of FIELDS[kind]) {
		if (!field.applies(answers)) continue;
		if (field.references) {
			io.print(`Ids you can give (from content/${field.references}/):`);
			const ids = (field.listIds?.(context) ?? [...context.ids[field.references]]).sort();
			for (const line of formatIdList(ids, options.width)) io.print(line);
		}
		const value = await askUntilValid(io, toQuestion(field, answers), (raw) =>
			answerField(field, raw, answers, context),
		);
		if (value !== undefined) answers[field.name] = value;
	}
	const proposed = planEntry(kind, answers, context);
	const suggestion = 'plan' in proposed ? proposed.plan.id : undefined;
	const folder = `content/${COLLECTION_OF[kind]}/`;
	return askUntilValid(
		io,
		`File name in ${folder}${suggestion ? ` [${suggestion}]` : ''}: `,
		(raw) => {
			const id = raw.trim();
			const result = planEntry(kind, answers, context, id === '' ? {} : { id });
			return 'plan' in result
				? { value: result.plan }
				: { error: result.errors.join('; ').replace(/^--id: /, '') };
		},
	);
}
