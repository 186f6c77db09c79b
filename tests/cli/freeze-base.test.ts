/**
 * `npm run check:freeze` without --base, as `npm test` runs it: it compares with the project's
 * main (an `upstream` remote first, as in a fork, then origin/main), or says why it cannot.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check-freeze.ts');
const FILE = 'content/articles/paris-meeting.md';
const env = {
	...process.env,
	GIT_AUTHOR_NAME: 'Test',
	GIT_AUTHOR_EMAIL: 'test@example.org',
	GIT_COMMITTER_NAME: 'Test',
	GIT_COMMITTER_EMAIL: 'test@example.org',
	GIT_CONFIG_NOSYSTEM: '1',
	GIT_CONFIG_GLOBAL: '/dev/null',
};
const article = (body: string) =>
	`---\ntitle: Chiefs meet\nstandfirst: They met.\nkind: report\npublished: 2026-11-26\n---\n\n${body}\n`;

let dir: string;
const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', args, { cwd, env, stdio: 'pipe' });
const run = (cwd: string) => {
	const result = spawnSync(process.execPath, [SCRIPT, '--root', cwd], { encoding: 'utf8', env });
	return { exitCode: result.status, output: `${result.stdout}${result.stderr}`.trimEnd() };
};

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'freeze-base-'));
	// The project, with one published article.
	const project = join(dir, 'project');
	mkdirSync(join(project, 'content', 'articles'), { recursive: true });
	git(project, 'init', '--quiet', '--initial-branch=main');
	writeFileSync(join(project, FILE), article('The chiefs met.[^wire-report]'));
	git(project, 'add', '.');
	git(project, 'commit', '--quiet', '-m', 'Publish');
	// A fork whose own main already carries an unannounced edit of it.
	git(dir, 'clone', '--quiet', project, 'fork');
	const fork = join(dir, 'fork');
	writeFileSync(join(fork, FILE), article('The chiefs met at the Élysée.[^wire-report]'));
	git(fork, 'commit', '--quiet', '-am', 'Edit without a correction');
	git(dir, 'clone', '--quiet', fork, 'clone');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check:freeze without --base', () => {
	it('compares with origin/main when there is no upstream remote', () => {
		expect(run(join(dir, 'clone'))).toMatchInlineSnapshot(`
			{
			  "exitCode": 0,
			  "output": "1 published article compared with origin/main: 0 problems",
			}
		`);
	});

	it('prefers the project (upstream/main) to the fork (origin/main)', () => {
		const clone = join(dir, 'clone');
		git(clone, 'remote', 'add', 'upstream', join(dir, 'project'));
		git(clone, 'fetch', '--quiet', 'upstream');
		expect(run(clone)).toMatchInlineSnapshot(`
			{
			  "exitCode": 1,
			  "output": "content/articles/paris-meeting.md:8: body: changed after publication — add an entry to \`corrections\` (date: the day of the change; note: what changed and why) and set \`updated\` to that day
			1 published article compared with upstream/main: 1 problem",
			}
		`);
	});

	it('skips with a one-line note when neither exists', () => {
		const lone = join(dir, 'lone');
		mkdirSync(lone);
		git(lone, 'init', '--quiet', '--initial-branch=main');
		expect(run(lone)).toMatchInlineSnapshot(`
			{
			  "exitCode": 0,
			  "output": "publication freeze: skipped — no origin/main to compare with (add the project: git remote add upstream <its URL>, then git fetch upstream)",
			}
		`);
	});
});
