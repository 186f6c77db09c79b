/**
 * The content gate: reads every file under content/, validates it against its collection's schema
 * and the cross-collection rules, and reports every problem at once. `npm run check:content`, the
 * build (through the content-gate integration) and the tests all call `checkContent`.
 */
import type { ContentSet, Entry } from '../content/entries.ts';
import { sortFiles, type ContentFile } from '../content/files.ts';
import {
	BLOCKED_DOMAINS_FILE,
	COLLECTION_NAMES,
	CONTENT_DIR,
	type CollectionName,
} from '../content/layout.ts';
import { byFileAndLine, type Problem } from './problem.ts';
import { readBlockedDomains, readEntry } from '../content/read-entry.ts';
import { checkRules } from './rules.ts';
import { withPassingDateExample } from './date-examples.ts';

export type { ContentFile } from '../content/files.ts';
export { MAX_FILE_BYTES } from '../content/files.ts';

export interface GateResult {
	problems: Problem[];
	content: ContentSet;
	/** How many entries of each kind were checked, valid or not. */
	counts: Record<CollectionName, number>;
}

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
	let entriesRead = 0;
	// Entries with problems of their own still meet the cross-entry rules, but not the site.
	const checked: ContentSet = {
		...content,
		articles: [],
		events: [],
		participants: [],
		sources: [],
		claims: [],
	};
	for (const candidate of candidates) {
		const entry = readEntry(candidate, (id) => ids.sources.has(id), problems, ids.sources);
		if (!entry) continue;
		(checked[candidate.collection] as Array<Entry<unknown>>).push(entry);
		if (entry.partial) continue;
		(content[candidate.collection] as Array<Entry<unknown>>).push(entry);
		entriesRead += 1;
	}

	problems.push(
		...checkRules(
			{ ...checked, blockedDomains: content.blockedDomains },
			{ ...options, ids, allEntriesRead: entriesRead === candidates.length },
		),
	);
	const counts = Object.fromEntries(
		COLLECTION_NAMES.map((name) => [
			name,
			candidates.filter((candidate) => candidate.collection === name).length,
		]),
	) as Record<CollectionName, number>;
	return {
		problems: problems
			.map((problem) => withPassingDateExample(problem, options.today))
			.sort(byFileAndLine),
		content,
		counts,
	};
}
