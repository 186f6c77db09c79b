import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleHistory } from '../../../src/lib/views/article-history.ts';
import { toIsoDate } from '../../../src/lib/dates.ts';
import { parseGitDates, readGitDates } from '../../../src/node/git-history.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const show = (entries: ReturnType<typeof buildArticleHistory>) =>
	entries.map(
		(entry) => `${toIsoDate(entry.date)} ${entry.kind}${entry.note ? `: ${entry.note}` : ''}`,
	);

describe('buildArticleHistory', () => {
	it('lists publication, corrections with their notes, and other days the file changed', () => {
		const history = buildArticleHistory(
			{
				published: day('2026-11-26'),
				updated: day('2026-12-02'),
				corrections: [{ date: day('2026-11-28'), note: 'An earlier version misspelt a name.' }],
			},
			['2026-12-05', '2026-12-02', '2026-11-28', '2026-11-26', '2026-11-20', '2026-12-05'],
		);
		expect(show(history)).toEqual([
			'2026-11-26 published',
			'2026-11-28 corrected: An earlier version misspelt a name.',
			'2026-12-02 updated',
			'2026-12-05 changed',
		]);
	});

	it("shows the article's own dates when git has no history", () => {
		expect(
			show(buildArticleHistory({ published: day('2026-11-26'), corrections: [] }, [])),
		).toEqual(['2026-11-26 published']);
	});
});

describe('git history', () => {
	it('reads only dates from git log output', () => {
		expect(parseGitDates('2026-12-05\n2026-11-26\n\nwarning: something\n')).toEqual([
			'2026-12-05',
			'2026-11-26',
		]);
	});

	it('returns no dates, without throwing, outside a repository or in a shallow clone', () => {
		const outside = mkdtempSync(join(tmpdir(), 'no-git-'));
		const repo = mkdtempSync(join(tmpdir(), 'history-'));
		const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'clone');
		try {
			expect(readGitDates('content/articles/x.md', outside)).toEqual([]);
			const env = {
				...process.env,
				GIT_CONFIG_GLOBAL: '/dev/null',
				GIT_AUTHOR_NAME: 'T',
				GIT_AUTHOR_EMAIL: 't@example.org',
				GIT_COMMITTER_NAME: 'T',
				GIT_COMMITTER_EMAIL: 't@example.org',
			};
			const git = (cwd: string, ...args: string[]) =>
				execFileSync('git', args, { cwd, env, stdio: 'pipe' });
			git(repo, 'init', '--quiet', '--initial-branch=main');
			mkdirSync(join(repo, 'content', 'articles'), { recursive: true });
			writeFileSync(join(repo, 'content', 'articles', 'x.md'), 'one');
			git(repo, 'add', '.');
			git(repo, 'commit', '--quiet', '-m', 'one', '--date', '2026-11-26T10:00:00Z');
			writeFileSync(join(repo, 'content', 'articles', 'x.md'), 'two');
			execFileSync('git', ['commit', '--quiet', '-am', 'two'], {
				cwd: repo,
				env: { ...env, GIT_COMMITTER_DATE: '2026-12-01T10:00:00Z' },
				stdio: 'pipe',
			});
			expect(readGitDates('content/articles/x.md', repo)).toMatchObject([
				'2026-12-01',
				expect.any(String),
			]);
			expect(readGitDates('content/articles/missing.md', repo)).toEqual([]);
			git(repo, 'clone', '--quiet', '--depth', '1', `file://${repo}`, clone);
			expect(readGitDates('content/articles/x.md', clone)).toEqual([]);
		} finally {
			for (const dir of [outside, repo, join(clone, '..')])
				rmSync(dir, { recursive: true, force: true });
		}
	});
});
