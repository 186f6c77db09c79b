/** `npm run check:freeze` on a temporary git repository with a published article and a branch that changes it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTION, freezeArticle } from '../helpers/freeze-article.ts';

const FILE = 'content/articles/paris-meeting.md';

const article = freezeArticle;

describe('npm run check:freeze on a git repository', () => {
	const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check-freeze.ts');
	let repo: string;
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'Test',
		GIT_AUTHOR_EMAIL: 'test@example.org',
		GIT_COMMITTER_NAME: 'Test',
		GIT_COMMITTER_EMAIL: 'test@example.org',
		GIT_CONFIG_NOSYSTEM: '1',
		GIT_CONFIG_GLOBAL: '/dev/null',
	};
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
	const write = (text: string) => writeFileSync(join(repo, FILE), text);
	const run = (...args: string[]) => {
		const result = spawnSync(
			process.execPath,
			[SCRIPT, '--root', repo, '--base', 'main', ...args],
			{
				encoding: 'utf8',
			},
		);
		return { exitCode: result.status, output: `${result.stdout}${result.stderr}`.trimEnd() };
	};

	beforeAll(() => {
		repo = mkdtempSync(join(tmpdir(), 'freeze-'));
		git('init', '--quiet', '--initial-branch=main');
		mkdirSync(join(repo, 'content', 'articles'), { recursive: true });
		write(article());
		git('add', '.');
		git('commit', '--quiet', '-m', 'Publish');
		git('switch', '--quiet', '-c', 'contributor');
	});
	afterAll(() => rmSync(repo, { recursive: true, force: true }));

	it('fails a body change without a correction', () => {
		write(
			article({
				body: 'The chiefs met at the Élysée.[^wire-report]\n\nThey met for a day.[^wire-report]',
			}),
		);
		const run1 = run();
		expect(run1.exitCode).toBe(1);
		expect(run1.output).toMatchInlineSnapshot(`
			"content/articles/paris-meeting.md:8: body: changed after publication — add an entry to \`corrections\` (date: the day of the change; note: what changed and why) and set \`updated\` to that day
			1 published article compared with main: 1 problem"
		`);
	});

	it('annotates the changed line for GitHub', () => {
		expect(run('--format', 'github').output.split('\n')[0]).toBe(
			'::error file=content/articles/paris-meeting.md,line=8,title=body::changed after publication — add an entry to `corrections` (date: the day of the change; note: what changed and why) and set `updated` to that day',
		);
	});

	it('passes once the change is committed with a correction', () => {
		write(
			article({
				body: 'The chiefs met at the Élysée.[^wire-report]\n\nThey met for a day.[^wire-report]',
				corrections: CORRECTION,
			}),
		);
		git('commit', '--quiet', '-am', 'Correct the venue');
		expect(run()).toEqual({
			exitCode: 0,
			output: '1 published article compared with main: 0 problems',
		});
	});

	it('does not count a correction made on main after the branch left it', () => {
		git('switch', '--quiet', 'main');
		write(article({ title: 'Chiefs meet in Paris', corrections: CORRECTION }));
		git('commit', '--quiet', '-am', 'Correct the headline on main');
		git('switch', '--quiet', '-c', 'older-branch', 'HEAD~1');
		expect(run().exitCode).toBe(0);
	});

	it('says how to get the base branch when it is missing', () => {
		expect(run('--base', 'origin/nowhere')).toEqual({
			exitCode: 2,
			output:
				'--base: "origin/nowhere" is not a commit here — fetch it first (git fetch origin main), or in CI check out with fetch-depth: 0',
		});
	});
});
