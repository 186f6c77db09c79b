/**
 * The days a file changed, read from git at build time. A build must never fail for want of
 * history: without git, outside a repository, or in a shallow clone (where the one commit present
 * would pass for the only change) this returns no dates, and the page shows the article's own.
 */
import { execFileSync } from 'node:child_process';

const shallowByDirectory = new Map<string, boolean>();

function git(args: string[], cwd: string): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Whether `cwd` is in a git work tree with its full history (asked once per directory). */
function hasFullHistory(cwd: string): boolean {
	let full = shallowByDirectory.get(cwd);
	if (full === undefined) {
		try {
			full = git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'false';
		} catch {
			full = false;
		}
		shallowByDirectory.set(cwd, full);
	}
	return full;
}

/**
 * The YYYY-MM-DD days of the commits that changed each file under `folder`, newest first, from one
 * `git log` for the whole folder (one process per build, not one per page). Keys are paths
 * relative to the repository root as git prints them, e.g. `content/articles/x.md`. A renamed file
 * keeps only the history under its current name; `readGitDates` follows renames for one file.
 * @param folder path relative to `cwd`, e.g. `content/articles`
 */
export function readArticleGitDates(folder: string, cwd: string): Map<string, string[]> {
	if (!hasFullHistory(cwd)) return new Map();
	try {
		return parseGitLogByFile(
			git(['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', folder], cwd),
		);
	} catch {
		return new Map();
	}
}

/**
 * Reads `git log --format=%x00%cs --name-only` output: each commit is a NUL, its day, then the
 * files it changed, one per line.
 */
export function parseGitLogByFile(output: string): Map<string, string[]> {
	const dates = new Map<string, string[]>();
	for (const commit of output.split('\0')) {
		const [day = '', ...files] = commit.split('\n').map((line) => line.trim());
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
		for (const file of files) {
			if (file === '') continue;
			const days = dates.get(file);
			if (days) days.push(day);
			else dates.set(file, [day]);
		}
	}
	return dates;
}

/**
 * The YYYY-MM-DD days of the commits that changed `file` (following renames), newest first.
 * `%cs` is the committer date: the day a change landed on the branch, which for a squashed or
 * rebased pull request is the day it was published, not the day a draft was begun.
 * @param file path relative to `cwd`, e.g. content/articles/x.md
 */
export function readGitDates(file: string, cwd: string): string[] {
	if (!hasFullHistory(cwd)) return [];
	try {
		return parseGitDates(git(['log', '--follow', '--format=%cs', '--', file], cwd));
	} catch {
		return [];
	}
}

/** The dates in `git log --format=%cs` output, one per line; anything else is ignored. */
export function parseGitDates(output: string): string[] {
	return output
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => /^\d{4}-\d{2}-\d{2}$/.test(line));
}
