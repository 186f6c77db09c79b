/** What the content gate reports: one problem per line, in terms a contributor can act on. */

export type Severity = 'error' | 'warning';

export interface Problem {
	/** Repository-relative path, e.g. `content/articles/paris-meeting.md`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The field, e.g. `attendance[2].versions[0].sources`, or `file` / `body`. */
	field: string;
	/** What is wrong and how to fix it, joined by " — ". */
	message: string;
	severity: Severity;
	/** Set for rules a tool may treat apart, e.g. `placeholder` for TODO text a scaffold leaves. */
	rule?: 'placeholder';
}

/** `content/x.yaml:12: field: message`, the format editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const prefix = problem.severity === 'warning' ? 'warning: ' : '';
	return `${where}: ${problem.field}: ${prefix}${problem.message}`;
}

/** Orders problems by file, then line, so output reads top to bottom per file. */
export function byFileAndLine(a: Problem, b: Problem): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Formats a field path the way contributors read it, counting list items from 1 as people do:
 * `participants, item 2` and `attendance, item 3, versions, item 1, status`; fields inside a
 * group keep their dotted name (`when.date`).
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let text = '';
	let afterItem = false;
	for (const key of path) {
		if (typeof key === 'number') text += `${text === '' ? '' : ', '}item ${key + 1}`;
		else if (text === '') text = String(key);
		else text += `${afterItem ? ', ' : '.'}${String(key)}`;
		afterItem = typeof key === 'number';
	}
	return text;
}
