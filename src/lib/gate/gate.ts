/**
 * The content gate: reads every file under content/, validates it against its collection's schema
 * and the cross-collection rules, and reports every problem at once. `npm run check:content`, the
 * build (through the content-gate integration) and the tests all call `checkContent`.
 */
import type { z } from 'astro/zod';
import { articleSchema } from '../schema/article.ts';
import { blockedDomainSchema } from '../schema/blocked-domain.ts';
import { claimSchema } from '../schema/claim.ts';
import { eventSchema } from '../schema/event.ts';
import { participantSchema } from '../schema/participant.ts';
import { ID_PATTERN } from '../schema/shared.ts';
import { sourceSchema } from '../schema/source.ts';
import { checkBody } from './check-body.ts';
import type { ArticleEntry, ContentSet, Entry } from './entries.ts';
import {
	BLOCKED_DOMAINS_FILE,
	COLLECTION_NAMES,
	COLLECTIONS,
	CONTENT_DIR,
	IGNORED_NAMES,
	toAstroId,
	type CollectionName,
} from './layout.ts';
import { decodeText, parseMarkdownFile, parseYamlFile, type ParsedFile } from './parse-file.ts';
import { byFileAndLine, formatPath, type Problem } from './problem.ts';
import { checkRules } from './rules.ts';
import { toFieldIssues } from './zod-problems.ts';

/** One item found under content/, as the file system reports it. */
export interface ContentFile {
	/** Repository-relative, `/`-separated, e.g. `content/articles/x.md`. */
	path: string;
	kind: 'file' | 'directory' | 'symlink';
	/** The file's bytes (files only). */
	bytes?: Uint8Array;
}

export interface GateResult {
	problems: Problem[];
	content: ContentSet;
	/** How many entries of each kind were checked, valid or not. */
	counts: Record<CollectionName, number>;
}

const SCHEMAS = {
	articles: articleSchema,
	events: eventSchema,
	participants: participantSchema,
	sources: sourceSchema,
	claims: claimSchema,
} satisfies Record<CollectionName, z.ZodType>;

interface Candidate {
	collection: CollectionName;
	id: string;
	file: string;
	bytes: Uint8Array;
}

/** Files larger than this are refused: no entry needs it, and a huge file slows every build. */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * Checks a whole content tree. Dates are UTC midnights: no article may be published after `today`,
 * nor before `launched`, the day the site went live.
 */
export function checkContent(
	files: readonly ContentFile[],
	options: { today: Date; launched?: Date },
): GateResult {
	const problems: Problem[] = [];
	const report = (file: string, field: string, message: string, line?: number) =>
		problems.push(
			line === undefined
				? { file, field, message, severity: 'error' }
				: { file, field, message, severity: 'error', line },
		);

	const { candidates, blockedDomainsFile } = sortFiles(files, report);
	const content: ContentSet = {
		articles: [],
		events: [],
		participants: [],
		sources: [],
		claims: [],
		blockedDomains: [],
	};

	if (blockedDomainsFile?.bytes) {
		content.blockedDomains = readBlockedDomains(
			blockedDomainsFile.path,
			blockedDomainsFile.bytes,
			problems,
		);
	} else {
		report(
			`${CONTENT_DIR}/${BLOCKED_DOMAINS_FILE}`,
			'file',
			'is missing — restore the list of blocked domains',
		);
	}

	const sourceIds = new Set(
		candidates
			.filter((candidate) => candidate.collection === 'sources')
			.map((candidate) => candidate.id),
	);
	for (const candidate of candidates) {
		const entry = readEntry(candidate, (id) => sourceIds.has(id), problems);
		if (entry) (content[candidate.collection] as Array<Entry<unknown>>).push(entry);
	}

	const ids = Object.fromEntries(
		COLLECTION_NAMES.map((name) => [
			name,
			new Set(
				candidates
					.filter((candidate) => candidate.collection === name)
					.map((candidate) => candidate.id),
			),
		]),
	) as Record<CollectionName, Set<string>>;
	problems.push(...checkRules(content, { ...options, ids }));
	const counts = Object.fromEntries(
		COLLECTION_NAMES.map((name) => [
			name,
			candidates.filter((candidate) => candidate.collection === name).length,
		]),
	) as Record<CollectionName, number>;
	return { problems: problems.sort(byFileAndLine), content, counts };
}

/** Sorts files into collection candidates, and reports every file no loader would read. */
function sortFiles(
	files: readonly ContentFile[],
	report: (file: string, field: string, message: string) => void,
) {
	const candidates: Candidate[] = [];
	let blockedDomainsFile: ContentFile | undefined;
	for (const item of files) {
		const parts = item.path.split('/').slice(1);
		const name = parts.at(-1) ?? '';
		if (item.kind === 'symlink') {
			report(item.path, 'file', 'is a symbolic link — replace it with the file itself');
			continue;
		}
		if (parts.length === 1) {
			if (item.kind === 'directory') {
				if (!(name in COLLECTIONS))
					report(
						item.path,
						'file',
						`is not a collection folder — content/ holds only ${COLLECTION_NAMES.join(', ')}`,
					);
			} else if (name === BLOCKED_DOMAINS_FILE) blockedDomainsFile = item;
			else if (!IGNORED_NAMES.has(name))
				report(
					item.path,
					'file',
					`is not read by any loader — move it into one of content/${COLLECTION_NAMES.join('/, content/')}/`,
				);
			continue;
		}
		const collection = parts[0] as CollectionName;
		if (!(collection in COLLECTIONS)) continue; // Reported once, for the folder itself.
		const { extension } = COLLECTIONS[collection];
		if (item.kind === 'directory') {
			if (parts.length === 2)
				report(
					item.path,
					'file',
					`is a sub-folder, which the loader does not read — move its files up into content/${collection}/`,
				);
			continue;
		}
		if (parts.length > 2) continue; // Reported with its folder.
		if (IGNORED_NAMES.has(name)) continue;
		if (!name.endsWith(extension)) {
			const stem = name.replace(/\.[^.]*$/, '');
			report(
				item.path,
				'file',
				`is not read: only ${extension} files are — rename it to ${stem}${extension}`,
			);
			continue;
		}
		const stem = name.slice(0, -extension.length);
		if (!ID_PATTERN.test(stem)) {
			report(
				item.path,
				'file',
				`name "${stem}" is not a lower-case kebab-case id — rename it, e.g. ${toAstroId(name).replace(/_/g, '-') || 'my-entry'}${extension}`,
			);
			continue;
		}
		if ((item.bytes?.length ?? 0) > MAX_FILE_BYTES) {
			report(
				item.path,
				'file',
				`is larger than ${MAX_FILE_BYTES / 1024} KiB — split it, or remove what does not belong in it`,
			);
			continue;
		}
		candidates.push({
			collection,
			id: stem,
			file: item.path,
			bytes: item.bytes ?? new Uint8Array(),
		});
	}
	return { candidates: withoutCollisions(files, candidates, report), blockedDomainsFile };
}

/** Reports files whose ids clash the way Astro folds names; Astro would keep only one of them. */
function withoutCollisions(
	files: readonly ContentFile[],
	candidates: Candidate[],
	report: (file: string, field: string, message: string) => void,
): Candidate[] {
	const byId = new Map<string, string[]>();
	for (const item of files) {
		const parts = item.path.split('/');
		if (item.kind !== 'file' || parts.length !== 3) continue;
		const key = `${parts[1]}/${toAstroId(parts[2] ?? '')}`;
		byId.set(key, [...(byId.get(key) ?? []), item.path]);
	}
	const clashing = new Set<string>();
	for (const paths of byId.values()) {
		if (paths.length < 2) continue;
		for (const path of paths) {
			clashing.add(path);
			const others = paths.filter((other) => other !== path).join(', ');
			report(
				path,
				'file',
				`has the same id as ${others} — rename one of them; otherwise one would silently replace the other`,
			);
		}
	}
	return candidates.filter((candidate) => !clashing.has(candidate.file));
}

function readEntry(
	candidate: Candidate,
	isSource: (id: string) => boolean,
	problems: Problem[],
): Entry<unknown> | undefined {
	const { file, collection, id } = candidate;
	const parsed = parse(candidate, problems);
	if (!parsed) return undefined;
	const fieldProblem = (path: ReadonlyArray<PropertyKey>, message: string): Problem => {
		const line = parsed.lineOf(path);
		const base: Problem = { file, field: formatPath(path) || 'file', message, severity: 'error' };
		return line === undefined ? base : { ...base, line };
	};
	const result = SCHEMAS[collection].safeParse(parsed.data ?? {});
	let valid = true;
	if (!result.success) {
		problems.push(
			...toFieldIssues(result.error, parsed.data).map((issue) =>
				fieldProblem(issue.path, issue.message),
			),
		);
		valid = false;
	}
	if (collection === 'articles') {
		const bodyLine = parsed.bodyLine ?? 1;
		const body = checkBody(parsed.body ?? '', isSource);
		const inFile = (line: number | undefined) =>
			line === undefined ? undefined : line + bodyLine - 1;
		for (const finding of body.findings) {
			const line = inFile(finding.line);
			problems.push(
				line === undefined
					? { file, field: 'body', message: finding.message, severity: 'error' }
					: { file, field: 'body', message: finding.message, severity: 'error', line },
			);
		}
		if (!valid) return undefined;
		const article: ArticleEntry = {
			id,
			file,
			data: result.data as ArticleEntry['data'],
			lineOf: parsed.lineOf,
			body: parsed.body ?? '',
			bodyLine,
			citedSources: body.citedSources,
			links: body.links.map((link) => {
				const line = inFile(link.line);
				return line === undefined ? { url: link.url } : { url: link.url, line };
			}),
		};
		return article;
	}
	return valid ? { id, file, data: result.data, lineOf: parsed.lineOf } : undefined;
}

function parse(candidate: Candidate, problems: Problem[]): ParsedFile | undefined {
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
	return parsed;
}

function readBlockedDomains(
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
			...toFieldIssues(result.error, item).map((issue) => {
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
