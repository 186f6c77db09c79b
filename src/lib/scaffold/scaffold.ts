/**
 * `npm run new` without the terminal: turns answers (from flags or from the interactive
 * questions) into the path and text of a new content file. Writing it, and checking it with the
 * gate, is left to scripts/new.ts.
 */
import { COLLECTIONS } from '../content/layout.ts';
import { ID_PATTERN } from '../schema/shared.ts';
import {
	COLLECTION_OF,
	FIELDS,
	type Answers,
	type EntryKind,
	type FieldSpec,
	type ScaffoldContext,
} from './fields.ts';
import { renderEntry } from './render.ts';
import { toSlug, toUniqueId } from './slug.ts';

export interface Plan {
	kind: EntryKind;
	id: string;
	/** Repository-relative path, e.g. `content/articles/paris-follow-up.md`. */
	file: string;
	text: string;
}

/** Flags that name a field differently for some kinds: `--title` works for every kind. */
const ALIASES: Partial<Record<EntryKind, Record<string, string>>> = {
	participant: { title: 'name' },
	claim: { title: 'statement' },
};

/**
 * Checks raw flag values against the fields of `kind`, in order, and returns the parsed answers,
 * or every problem as `--flag: what is wrong — how to fix it`.
 */
export function parseFlags(
	kind: EntryKind,
	raw: Readonly<Record<string, string | undefined>>,
	context: ScaffoldContext,
): { answers: Answers } | { errors: string[] } {
	const fields = FIELDS[kind];
	// `--title` stands for `--name` or `--statement` where the kind has no title.
	const aliases = ALIASES[kind] ?? {};
	const values = Object.fromEntries(
		Object.entries(raw).map(([name, value]) => [aliases[name] ?? name, value] as const),
	);
	const errors: string[] = [];
	const known = new Set(fields.map((field) => field.name));
	for (const [name, value] of Object.entries(values)) {
		if (value !== undefined && !known.has(name)) {
			errors.push(
				`--${name}: is not a field of ${article(kind)} ${kind} — its fields are ${fields.map((field) => `--${field.name}`).join(', ')}`,
			);
		}
	}
	const answers: Answers = {};
	for (const field of fields) {
		const value = values[field.name]?.trim();
		if (!field.applies(answers)) {
			if (value) errors.push(`--${field.name}: ${notApplicable(field)}`);
			continue;
		}
		const result = answerField(field, value ?? '', answers, context);
		if ('error' in result)
			errors.push(...result.error.split('\n').map((line) => `--${field.name}: ${line}`));
		else if (result.value !== undefined) answers[field.name] = result.value;
	}
	return errors.length > 0 ? { errors } : { answers };
}

function notApplicable(field: FieldSpec): string {
	if (field.name === 'end')
		return 'only a range has an end — add --precision range, or leave --end out';
	if (field.name === 'label')
		return 'a day needs no label — leave --label out, or choose another --precision';
	if (field.name === 'country')
		return 'only a person has a country — add --kind person, or leave --country out';
	return 'does not apply here — leave it out';
}

const article = (kind: EntryKind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');

/**
 * One answer: empty takes the field's fallback, or is refused when the field is required.
 * Returns `{ value: undefined }` for an optional field left empty.
 */
export function answerField(
	field: FieldSpec,
	raw: string,
	answers: Answers,
	context: ScaffoldContext,
): { value: string | string[] | undefined } | { error: string } {
	const text = raw.trim() === '' ? (field.fallback?.(answers) ?? '') : raw;
	if (text.trim() === '') {
		return field.required(answers)
			? { error: `is missing — ${missingHint(field)}` }
			: { value: undefined };
	}
	const parsed = field.parse(text, answers, context);
	if ('error' in parsed) return parsed;
	if (Array.isArray(parsed.value) && parsed.value.length === 0 && field.required(answers)) {
		return { error: `is missing — ${missingHint(field)}` };
	}
	return parsed;
}

function missingHint(field: FieldSpec): string {
	if (field.choices) return `give one of ${field.choices.join(', ')}`;
	return `give ${field.help}`;
}

/** The id a new entry gets from its answers, before making it unique. */
export function proposeId(kind: EntryKind, answers: Answers): string {
	const text = (name: string) => {
		const value = answers[name];
		return typeof value === 'string' ? value : '';
	};
	switch (kind) {
		case 'article':
			return toSlug(text('title'), 60);
		case 'event': {
			// Event ids start with their date, so content/events/ lists in date order.
			const slug = toSlug(text('title'), 50);
			return slug === '' ? '' : `${text('date')}-${slug}`;
		}
		case 'source':
			// Publisher and day, like euromaidan-2025-03-12; the title only when the day is unknown.
			return text('published') === 'unknown'
				? toSlug(`${text('publisher')} ${text('title')}`, 40)
				: toSlug(`${text('publisher')} ${text('published')}`, 40);
		case 'participant':
			return toSlug(text('name'), 60);
		case 'claim':
			return toSlug(text('statement'), 50);
	}
}

/**
 * The file for the answers: its id (given, or from the title and made unique), path and text.
 * A given id that is taken is refused rather than changed: the contributor asked for that name.
 */
export function planEntry(
	kind: EntryKind,
	answers: Answers,
	context: ScaffoldContext,
	options: { id?: string } = {},
): { plan: Plan } | { errors: string[] } {
	const collection = COLLECTION_OF[kind];
	const taken = context.ids[collection];
	const { extension } = COLLECTIONS[collection];
	let id: string;
	if (options.id !== undefined) {
		id = options.id.trim();
		if (!ID_PATTERN.test(id)) {
			return {
				errors: [
					`--id: "${id}" is not a lower-case kebab-case id — use letters, digits and "-", e.g. ${toSlug(id) || 'paris-follow-up'}`,
				],
			};
		}
		if (taken.has(id)) {
			return {
				errors: [
					`--id: content/${collection}/${id}${extension} already exists — choose another id; existing files are never overwritten`,
				],
			};
		}
	} else {
		const base = proposeId(kind, answers);
		if (base === '') {
			return {
				errors: [
					'--id: no id can be made from the title (it has no Latin letters or digits) — give one, e.g. --id paris-follow-up',
				],
			};
		}
		id = toUniqueId(base, taken);
	}
	return {
		plan: {
			kind,
			id,
			file: `content/${collection}/${id}${extension}`,
			text: renderEntry(kind, answers, context),
		},
	};
}
