/**
 * The schemas give one example date for every date field (`e.g. 2025-03-11`), but an article's
 * `published`, `updated` and correction dates may be neither before the site went live nor after
 * today, so that example would fail the very rule it explains. For those fields the example
 * becomes a day that passes: today.
 */
import { toIsoDate } from '../dates.ts';
import { COLLECTIONS, CONTENT_DIR } from '../content/layout.ts';
import type { Problem } from './problem.ts';

const ARTICLE_DATE_FIELD = /^(?:published|updated|corrections, item \d+, date)$/;
const EXAMPLE = /\be\.g\. \d{4}-\d{2}-\d{2}\b/g;

/** The problem with its example date replaced by `today`, when it is about an article's dates. */
export function withPassingDateExample(problem: Problem, today: Date): Problem {
	const inArticles = problem.file.startsWith(`${CONTENT_DIR}/${COLLECTIONS.articles.folder}/`);
	if (!inArticles || !ARTICLE_DATE_FIELD.test(problem.field)) return problem;
	return { ...problem, message: problem.message.replace(EXAMPLE, `e.g. ${toIsoDate(today)}`) };
}
