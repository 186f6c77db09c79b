/**
 * The text of a new entry's file. Whatever the contributor did not give is a line starting with
 * "TODO": the draft can be previewed at once with `npm run dev`, and the gate lists every TODO
 * line and refuses to publish the entry until each is replaced.
 */
import type { Answers, EntryKind, ScaffoldContext } from './fields.ts';
import { toYamlId, toYamlLine, toYamlList, toYamlProse } from './yaml.ts';

const one = (answers: Answers, name: string): string | undefined => {
	const value = answers[name];
	return typeof value === 'string' && value !== '' ? value : undefined;
};
const many = (answers: Answers, name: string): string[] => {
	const value = answers[name];
	return Array.isArray(value) ? value : [];
};

/** Lines for the optional fields that were given, none for the others. */
function optional(lines: Array<string | false | undefined>): string[] {
	return lines.filter((line): line is string => typeof line === 'string');
}

function list(answers: Answers, name: string, indent = ''): string | undefined {
	const values = many(answers, name);
	return values.length > 0 ? toYamlList(name, values, indent) : undefined;
}

function prose(answers: Answers, name: string, placeholder: string): string {
	return toYamlProse(name, one(answers, name) ?? `TODO: ${placeholder}`);
}

function renderArticle(answers: Answers, context: ScaffoldContext): string {
	const frontmatter = [
		toYamlLine('title', one(answers, 'title') ?? ''),
		prose(answers, 'standfirst', 'one or two sentences under the headline, in your own words.'),
		toYamlLine('kind', one(answers, 'kind') ?? 'report'),
		`published: ${context.today}`,
		...optional([
			list(answers, 'tags'),
			list(answers, 'participants'),
			list(answers, 'events'),
			list(answers, 'claims'),
		]),
	];
	// One placeholder paragraph per source, each already cited, so the draft passes the gate
	// and shows where citations go: right after the fact they support.
	const paragraphs = many(answers, 'sources').map(
		(id, index) =>
			`TODO: ${index === 0 ? 'the first fact' : 'the next fact'}, in your own words, followed by its source.[^${id}]`,
	);
	return `---\n${frontmatter.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

function renderEvent(answers: Answers): string {
	const precision = one(answers, 'precision') ?? 'day';
	return [
		toYamlLine('title', one(answers, 'title') ?? ''),
		prose(answers, 'summary', 'what happened, in one to three sentences of your own words.'),
		'when:',
		`  precision: ${precision}`,
		`  date: ${one(answers, 'date') ?? ''}`,
		...optional([
			precision === 'range' && `  end: ${one(answers, 'end') ?? ''}`,
			one(answers, 'label') && toYamlLine('label', one(answers, 'label') ?? '', '  '),
		]),
		toYamlLine('status', one(answers, 'status') ?? ''),
		...optional([
			one(answers, 'location') && toYamlLine('location', one(answers, 'location') ?? ''),
			list(answers, 'participants'),
			list(answers, 'claims'),
		]),
		toYamlList('sources', many(answers, 'sources')),
		'',
	].join('\n');
}

function renderSource(answers: Answers, context: ScaffoldContext): string {
	const url = one(answers, 'url');
	const published = one(answers, 'published');
	return [
		toYamlLine('publisher', one(answers, 'publisher') ?? ''),
		...optional([one(answers, 'via') && toYamlLine('via', one(answers, 'via') ?? '')]),
		toYamlLine('title', one(answers, 'title') ?? ''),
		url === undefined || url === 'unknown' ? 'url: null' : toYamlLine('url', url),
		// A date stays unquoted, as in every other source; "unknown" is the schema's word for none.
		`published: ${published ?? 'unknown'}`,
		`accessed: ${context.today}`,
		one(answers, 'archived')
			? toYamlLine('archived', one(answers, 'archived') ?? '')
			: 'archived: null',
		toYamlLine('type', one(answers, 'type') ?? ''),
		toYamlLine('language', one(answers, 'language') ?? 'en'),
		...optional([one(answers, 'note') && toYamlProse('note', one(answers, 'note') ?? '')]),
		'',
	].join('\n');
}

function renderParticipant(answers: Answers): string {
	return [
		toYamlLine('name', one(answers, 'name') ?? ''),
		toYamlLine('kind', one(answers, 'kind') ?? ''),
		prose(
			answers,
			'summary',
			'one or two sentences, in your own words, on who or what this is in the story.',
		),
		...optional([one(answers, 'country') && `country: ${toYamlId(one(answers, 'country') ?? '')}`]),
		toYamlList('sources', many(answers, 'sources')),
		'',
	].join('\n');
}

function renderClaim(answers: Answers): string {
	const sources = many(answers, 'sources');
	const disputed = one(answers, 'status') === 'disputed';
	return [
		toYamlProse('statement', one(answers, 'statement') ?? ''),
		toYamlLine('status', one(answers, 'status') ?? ''),
		...optional([list(answers, 'events'), list(answers, 'participants')]),
		// A disputed claim gives each account with its own sources: one version per source here,
		// to be merged where two sources tell the same account.
		...(disputed
			? [
					'versions:',
					...sources.flatMap((id) => [
						`  - statement: 'TODO: this account, in your own words.'`,
						toYamlList('sources', [id], '    '),
					]),
				]
			: [toYamlList('sources', sources)]),
		'',
	].join('\n');
}

/** The whole text of the new file. */
export function renderEntry(kind: EntryKind, answers: Answers, context: ScaffoldContext): string {
	switch (kind) {
		case 'article':
			return renderArticle(answers, context);
		case 'event':
			return renderEvent(answers);
		case 'source':
			return renderSource(answers, context);
		case 'participant':
			return renderParticipant(answers);
		case 'claim':
			return renderClaim(answers);
	}
}
