/**
 * The publication freeze: once an article is on the main branch, readers may have read and quoted
 * it, so its text cannot change silently. A change to the headline, standfirst or body needs a new
 * entry in `corrections`; the publication date and earlier corrections never change; a published
 * article is not deleted. `npm run check:freeze` runs this against the branch a pull request targets.
 */
import { decodeText, parseMarkdownFile, type ParsedFile } from '../content/parse-file.ts';
import { formatPath, type Problem } from './problem.ts';

/** One article as published (on the base branch) and as it is now. */
export interface ArticleVersions {
	/** Repository-relative path, e.g. content/articles/x.md. */
	file: string;
	/** The file's bytes on the base branch. */
	published: Uint8Array;
	/** The file's bytes in the working tree; undefined when it was deleted. */
	current: Uint8Array | undefined;
}

interface Parsed extends ParsedFile {
	data: Record<string, unknown>;
}

const FIX =
	'add an entry to `corrections` (date: the day of the change; note: what changed and why) and set `updated` to that day';

/** Compares each published article with its current version and returns what breaks the freeze. */
export function checkFreeze(articles: readonly ArticleVersions[]): Problem[] {
	return articles.flatMap((article) => checkArticle(article));
}

function checkArticle({ file, published, current }: ArticleVersions): Problem[] {
	const problem = (field: string, message: string, line?: number): Problem =>
		line === undefined
			? { file, field, message, severity: 'error' }
			: { file, field, message, severity: 'error', line };
	if (current === undefined) {
		return [
			problem(
				'file',
				'was deleted after publication — restore it: a published article stays online, and one that must be withdrawn says why in a correction',
			),
		];
	}
	const before = parse(published);
	const after = parse(current);
	// A file that does not parse is the content gate's to report, with a better message.
	if (!before || !after) return [];

	const found: Problem[] = [];
	if (String(before.data['published']) !== String(after.data['published'])) {
		found.push(
			problem(
				'published',
				`changed after publication — put back ${String(before.data['published'])}: the day an article was published does not change (record changes in \`corrections\`)`,
				after.lineOf(['published']),
			),
		);
	}

	const oldCorrections = corrections(before.data);
	const newCorrections = corrections(after.data);
	oldCorrections.forEach((correction, index) => {
		const now = newCorrections[index];
		if (!now || now.date !== correction.date || now.note !== correction.note) {
			found.push(
				problem(
					formatPath(['corrections', index]),
					'changed or removed after publication — put it back as it was: corrections stay as published; add a new entry below it instead',
					after.lineOf(['corrections', index]) ?? after.lineOf(['corrections']),
				),
			);
		}
	});
	const corrected = newCorrections.length > oldCorrections.length;

	if (!corrected) {
		for (const field of ['title', 'standfirst'] as const) {
			if (normalise(before.data[field]) !== normalise(after.data[field])) {
				found.push(problem(field, `changed after publication — ${FIX}`, after.lineOf([field])));
			}
		}
		if (normalise(before.body) !== normalise(after.body)) {
			found.push(
				problem('body', `changed after publication — ${FIX}`, firstChangedLine(before, after)),
			);
		}
	}
	return found;
}

function parse(bytes: Uint8Array): Parsed | undefined {
	const decoded = decodeText(bytes);
	if (!('text' in decoded)) return undefined;
	const parsed = parseMarkdownFile(decoded.text);
	if (
		!('data' in parsed) ||
		parsed.data === null ||
		typeof parsed.data !== 'object' ||
		Array.isArray(parsed.data)
	) {
		return undefined;
	}
	return { ...parsed, data: parsed.data as Record<string, unknown> };
}

function corrections(data: Record<string, unknown>): Array<{ date: string; note: string }> {
	const list = data['corrections'];
	if (!Array.isArray(list)) return [];
	return list.map((entry: unknown) => {
		const record = (entry ?? {}) as Record<string, unknown>;
		return { date: String(record['date']), note: normalise(record['note']) };
	});
}

/**
 * Text as readers get it: Markdown joins wrapped lines and collapses spaces, so re-wrapping a
 * paragraph or fixing line endings is not a change.
 */
function normalise(value: unknown): string {
	return typeof value === 'string'
		? value.replace(/\s+/g, ' ').trim()
		: JSON.stringify(value ?? null);
}

/** The line in the current file of the first body line that differs from the published body. */
function firstChangedLine(before: Parsed, after: Parsed): number | undefined {
	const oldLines = (before.body ?? '').split(/\r?\n/);
	const newLines = (after.body ?? '').split(/\r?\n/);
	const index = newLines.findIndex((line, i) => line.trim() !== (oldLines[i] ?? '').trim());
	const offset = index === -1 ? Math.max(0, newLines.length - 1) : index;
	return after.bodyLine === undefined ? undefined : after.bodyLine + offset;
}
