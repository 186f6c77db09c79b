/** Reads one entry: decode, parse, validate against its schema, and for articles check the body. */
import type { z } from 'astro/zod';
import { articleSchema } from '../schema/article.ts';
import { blockedDomainSchema } from '../schema/blocked-domain.ts';
import { claimSchema } from '../schema/claim.ts';
import { eventSchema } from '../schema/event.ts';
import { participantSchema } from '../schema/participant.ts';
import { sourceSchema } from '../schema/source.ts';
import { checkBody } from '../gate/check-body.ts';
import type { ArticleEntry, Entry } from './entries.ts';
import type { Candidate } from './files.ts';
import type { CollectionName } from './layout.ts';
import { decodeText, parseMarkdownFile, parseYamlFile, type ParsedFile } from './parse-file.ts';
import { formatPath, type Problem } from '../gate/problem.ts';
import { findPlaceholders, placeholderMessage } from '../gate/placeholders.ts';
import { isRequiredAt } from '../gate/schema-keys.ts';
import { checkCharacters } from '../gate/check-characters.ts';
import { withoutInvisible } from '../gate/characters.ts';
import { toFieldIssues } from '../gate/zod-problems.ts';

const SCHEMAS = {
	articles: articleSchema,
	events: eventSchema,
	participants: participantSchema,
	sources: sourceSchema,
	claims: claimSchema,
} satisfies Record<CollectionName, z.ZodType>;

/**
 * Validates one entry, adding its problems to `problems`. Returns it when it is valid, or marked
 * `partial` when it is valid without the fields that have problems; otherwise undefined.
 */
export function readEntry(
	candidate: Candidate,
	isSource: (id: string) => boolean,
	problems: Problem[],
	/** Every source id, for "did you mean …?" after an unknown citation. */
	sourceIds: Iterable<string> = [],
): Entry<unknown> | undefined {
	const { file, collection, id } = candidate;
	const read = parse(candidate, problems);
	if (!read) return undefined;
	const { parsed, text } = read;
	const fieldProblem = (path: ReadonlyArray<PropertyKey>, message: string): Problem => {
		const line = parsed.lineOf(path);
		const base: Problem = { file, field: formatPath(path) || 'file', message, severity: 'error' };
		return line === undefined ? base : { ...base, line };
	};
	const schema = SCHEMAS[collection];
	const removable = (path: PropertyKey[]) =>
		typeof path.at(-1) === 'number' ? 'item' : isRequiredAt(schema, path) ? false : 'field';
	problems.push(
		...findPlaceholders(parsed.data).map((path) => ({
			...fieldProblem(path, placeholderMessage(removable(path))),
			rule: 'placeholder' as const,
		})),
	);
	const characters = checkCharacters(
		parsed.data,
		text,
		parsed.lineOf,
		collection === 'articles' ? { text: parsed.body ?? '', line: parsed.bodyLine ?? 1 } : undefined,
	);
	problems.push(
		...characters.map(({ path, line, message, severity }) => ({
			...fieldProblem(path, message),
			...(line === undefined ? {} : { line }),
			severity,
		})),
	);
	// The fields are validated as if the invisible characters were gone: each is one mistake,
	// reported above, not also a malformed id and an attendance record for nobody.
	const data = withoutInvisible(parsed.data ?? {});
	const result = schema.safeParse(data);
	let valid = !characters.some((finding) => finding.severity === 'error');
	if (!result.success) {
		problems.push(
			...toFieldIssues(result.error, data, schema).map((issue) =>
				fieldProblem(issue.path, issue.message),
			),
		);
		valid = false;
	}
	const checked = result.success
		? result.data
		: withoutBrokenFields(schema, data, result.error);
	// An entry with a mistake still meets the cross-entry rules with the fields that are fine, so
	// one run also lists its unknown ids and impossible dates; `partial` keeps it off the site.
	const partial = valid ? {} : { partial: true as const };
	if (collection === 'articles') {
		const bodyLine = parsed.bodyLine ?? 1;
		const body = checkBody(parsed.body ?? '', isSource, sourceIds);
		const inFile = (line: number | undefined) =>
			line === undefined ? undefined : line + bodyLine - 1;
		for (const finding of body.findings) {
			const line = inFile(finding.line);
			problems.push({
				file,
				field: 'body',
				message: finding.message,
				severity: 'error',
				...(line === undefined ? {} : { line }),
				...(finding.rule ? { rule: finding.rule } : {}),
			});
		}
		if (checked === undefined) return undefined;
		const article: ArticleEntry = {
			...partial,
			id,
			file,
			data: checked as ArticleEntry['data'],
			lineOf: parsed.lineOf,
			body: parsed.body ?? '',
			bodyLine,
			citedSources: body.citedSources,
			tree: body.tree,
			links: body.links.map((link) => {
				const line = inFile(link.line);
				return line === undefined ? { url: link.url } : { url: link.url, line };
			}),
		};
		return article;
	}
	return checked === undefined
		? undefined
		: { ...partial, id, file, data: checked, lineOf: parsed.lineOf };
}

function parse(
	candidate: Candidate,
	problems: Problem[],
): { parsed: ParsedFile; text: string } | undefined {
	const decoded = decodeText(candidate.bytes);
	const fail = (failure: { line?: number; field: string; message: string }) =>
		problems.push({ file: candidate.file, severity: 'error', ...failure });
	if ('failure' in decoded) {
		fail(decoded.failure);
		return undefined;
	}
	const parsed =
		candidate.collection === 'articles'
			? parseMarkdownFile(decoded.text)
			: parseYamlFile(decoded.text);
	if ('failures' in parsed) {
		parsed.failures.forEach(fail);
		return undefined;
	}
	if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
		fail({
			line: 1,
			field: 'file',
			message: 'must be a set of fields (name: value) — see the README for an example',
		});
		return undefined;
	}
	return { parsed, text: decoded.text };
}

/**
 * The entry's data without the top-level fields zod found fault with (misspelt, malformed), if
 * what is left is a valid entry; undefined when a required field is among them.
 */
function withoutBrokenFields(schema: z.ZodType, data: unknown, error: z.ZodError): unknown {
	if (data === null || typeof data !== 'object') return undefined;
	const broken = new Set(
		error.issues.flatMap((issue) =>
			issue.code === 'unrecognized_keys' && issue.path.length === 0
				? issue.keys
				: issue.path.slice(0, 1).map(String),
		),
	);
	if (broken.size === 0) return undefined;
	const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !broken.has(key)));
	const second = schema.safeParse(rest);
	return second.success ? second.data : undefined;
}

/** Reads and validates the blocked-domains list. */
export function readBlockedDomains(
	file: string,
	bytes: Uint8Array,
	problems: Problem[],
): Array<Entry<z.output<typeof blockedDomainSchema>>> {
	const decoded = decodeText(bytes);
	if ('failure' in decoded) {
		problems.push({ file, severity: 'error', ...decoded.failure });
		return [];
	}
	const parsed = parseYamlFile(decoded.text);
	if ('failures' in parsed) {
		problems.push(
			...parsed.failures.map((failure) => ({ file, severity: 'error' as const, ...failure })),
		);
		return [];
	}
	if (!Array.isArray(parsed.data)) {
		problems.push({
			file,
			field: 'file',
			message: 'must be a list of entries starting with "- id:"',
			severity: 'error',
		});
		return [];
	}
	return parsed.data.flatMap((item, index) => {
		const result = blockedDomainSchema.safeParse(item);
		if (result.success)
			return [
				{
					id: result.data.id,
					file,
					data: result.data,
					lineOf: (path) => parsed.lineOf([index, ...path]),
				},
			];
		problems.push(
			...toFieldIssues(result.error, item, blockedDomainSchema).map((issue) => {
				const line = parsed.lineOf([index, ...issue.path]);
				const base: Problem = {
					file,
					field: formatPath([index, ...issue.path]),
					message: issue.message,
					severity: 'error',
				};
				return line === undefined ? base : { ...base, line };
			}),
		);
		return [];
	});
}
