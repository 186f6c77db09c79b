/**
 * A throw-away copy of the project in the system's temp folder, for tests that build or serve a
 * site with other content than content/. The copy has the project's own code and config, and a
 * node_modules folder of links to the project's packages: its own folder, so Astro's cache
 * (node_modules/.astro) belongs to the copy and never to the project or another copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What the copy needs to build: everything but content, output, caches and tests. */
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Caches that must stay the copy's own. */
const NOT_LINKED = new Set(['.astro', '.cache', '.vite']);

/**
 * Makes the copy; `content` is the content folder to copy in (default: the project's own).
 * Returns its path; remove it with `removeSiteCopy`.
 */
export function makeSiteCopy(content = join(ROOT, 'content')): string {
	const dir = mkdtempSync(join(tmpdir(), 'site-copy-'));
	for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	cpSync(content, join(dir, 'content'), { recursive: true });
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (!NOT_LINKED.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
	}
	return dir;
}

/** Removes a copy made by `makeSiteCopy`. */
export function removeSiteCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment for running `astro` from a test: the parent's, without vitest's own variables
 * (VITEST…, TEST, NODE_ENV=test). With them, Astro takes itself for a test run: `astro dev` serves
 * no content pages.
 */
export function astroEnv(): NodeJS.ProcessEnv {
	return {
		...Object.fromEntries(
			Object.entries(process.env).filter(
				([name]) => !name.startsWith('VITEST') && name !== 'TEST' && name !== 'NODE_ENV',
			),
		),
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
}
