/**
 * An article's history as readers see it: when it was published, each correction with its note,
 * and the other days its file changed (from git). Honest news says when it changed, not only what
 * the latest version says.
 */
import { parseIsoDate } from '../dates.ts';
import type { Article } from '../schema/article.ts';

export type HistoryKind = 'published' | 'corrected' | 'updated' | 'changed';

export interface HistoryEntry {
	date: Date;
	kind: HistoryKind;
	/** The correction note, for `corrected`. */
	note?: string;
}

/** The words readers see before each entry. */
export const HISTORY_LABELS: Record<HistoryKind, string> = {
	published: 'Published',
	corrected: 'Corrected',
	updated: 'Updated',
	changed: 'Edited (wording, links or details that need no correction)',
};

const ORDER: Record<HistoryKind, number> = { published: 0, corrected: 1, updated: 2, changed: 3 };

/**
 * Merges the article's own dates with the days git saw its file change, oldest first.
 * A git day before or on the publication day is drafting, and a git day that already has a
 * correction or update is that change: neither is listed again.
 * @param gitDates YYYY-MM-DD days, in any order, e.g. from `readGitDates`
 */
export function buildArticleHistory(
	article: Pick<Article, 'published' | 'updated' | 'corrections'>,
	gitDates: readonly string[],
): HistoryEntry[] {
	const entries: HistoryEntry[] = [
		{ date: article.published, kind: 'published' },
		...article.corrections.map((correction): HistoryEntry => ({
			date: correction.date,
			kind: 'corrected',
			note: correction.note,
		})),
	];
	const covered = new Set(entries.map((entry) => entry.date.getTime()));
	if (article.updated && !covered.has(article.updated.getTime())) {
		entries.push({ date: article.updated, kind: 'updated' });
		covered.add(article.updated.getTime());
	}
	for (const text of new Set(gitDates)) {
		const date = parseIsoDate(text);
		if (!date || date <= article.published || covered.has(date.getTime())) continue;
		entries.push({ date, kind: 'changed' });
		covered.add(date.getTime());
	}
	return entries.sort(
		(a, b) => a.date.getTime() - b.date.getTime() || ORDER[a.kind] - ORDER[b.kind],
	);
}
