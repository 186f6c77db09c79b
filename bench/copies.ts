/**
 * Temporary copies of the project and of the baseline for the bench, under os.tmpdir(), never in
 * the repository. Each copy gets its own node_modules folder whose entries are links to the
 * repository's packages, minus the cache folders (`.astro`, `.vite`, `.cache`): with one shared
 * node_modules the two sites would share Astro's cache and a "cold" build would not be cold.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SyntheticArticle } from './synthetic.ts';

const git = (cwd: string, args: string[]) =>
	execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// Commits made in a copy: fixed names, so nothing depends on the machine's git configuration.
const COMMITTER = [
	'-c',
	'user.name=bench',
	'-c',
	'user.email=bench@example.invalid',
	'-c',
	'commit.gpgsign=false',
];

/** Links every package of `repo/node_modules` into `copy/node_modules`, leaving out caches. */
export function linkNodeModules(repo: string, copy: string): void {
	const target = join(copy, 'node_modules');
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(join(repo, 'node_modules'))) {
		// Keep .bin (the commands) and the lockfile copy; every other dot-folder is a cache.
		if (name.startsWith('.') && name !== '.bin' && name !== '.package-lock.json') continue;
		symlinkSync(join(repo, 'node_modules', name), join(target, name));
	}
}

/**
 * Copies the project into `copy` as a git clone with its full history (article pages read it),
 * then lays the working tree's uncommitted changes over it, so the bench measures what is on disk.
 */
export function copyProject(repo: string, copy: string): void {
	git(dirname(copy), ['clone', '--quiet', '--local', repo, copy]);
	const listed = (flag: string[]) =>
		git(repo, ['ls-files', '-z', ...flag])
			.split('\0')
			.filter(Boolean);
	for (const file of listed(['--modified', '--others', '--exclude-standard'])) {
		mkdirSync(dirname(join(copy, file)), { recursive: true });
		copyFileSync(join(repo, file), join(copy, file));
	}
	for (const file of listed(['--deleted'])) rmSync(join(copy, file), { force: true });
	linkNodeModules(repo, copy);
}

/** Copies the baseline fixture site (`repo/bench/baseline`) into `copy`. */
export function copyBaseline(repo: string, copy: string): void {
	const source = join(repo, 'bench', 'baseline');
	const files = git(repo, [
		'ls-files',
		'-z',
		'--cached',
		'--others',
		'--exclude-standard',
		'--',
		source,
	])
		.split('\0')
		.filter(Boolean);
	for (const file of files) {
		const relative = file.slice('bench/baseline/'.length);
		mkdirSync(dirname(join(copy, relative)), { recursive: true });
		copyFileSync(join(repo, file), join(copy, relative));
	}
	linkNodeModules(repo, copy);
}

/** Writes articles into `copy/content/articles/`. */
export function writeArticles(copy: string, articles: readonly SyntheticArticle[]): void {
	const folder = join(copy, 'content', 'articles');
	mkdirSync(folder, { recursive: true });
	for (const article of articles) writeFileSync(join(folder, `${article.id}.md`), article.text);
}

/** Commits everything in a project copy, as a merged pull request would. */
export function commitAll(copy: string, message: string): void {
	git(copy, ['add', '-A']);
	git(copy, [...COMMITTER, 'commit', '--quiet', '--no-verify', '-m', message]);
}

/** Removes the build output and every cache, for a cold build. */
export function clearBuildState(copy: string): void {
	for (const folder of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		rmSync(join(copy, folder), { recursive: true, force: true });
	}
}
