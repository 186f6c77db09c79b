/**
 * Builds the hand-made fixture site (tests/fixture-site/content/) with this project's own code, into
 * tests/fixture-site/dist/. The build runs in a temporary copy of the project whose content/ is the
 * fixture's, so the real content/, dist/ and Astro cache are left alone. Its node_modules/ is a
 * folder of links to the project's packages, without the caches (.astro, .vite…), which belong to
 * one project root each.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The fixture site's folder; its content/ is what a reader of the tests checks by eye. */
export const FIXTURE_SITE = join(ROOT, 'tests', 'fixture-site');

/** Where the fixture site is built. */
export const FIXTURE_DIST = join(FIXTURE_SITE, 'dist');

/** What the build needs from the project, besides content/ and node_modules/. */
const COPIED = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public'];

/** Builds the fixture site into FIXTURE_DIST; throws with Astro's output if the build fails. */
export function buildFixtureSite(): void {
	const project = mkdtempSync(join(tmpdir(), 'fixture-site-'));
	try {
		for (const name of COPIED) cpSync(join(ROOT, name), join(project, name), { recursive: true });
		cpSync(join(FIXTURE_SITE, 'content'), join(project, 'content'), { recursive: true });
		mkdirSync(join(project, 'node_modules'));
		for (const name of readdirSync(join(ROOT, 'node_modules'))) {
			if (name.startsWith('.') && name !== '.bin') continue;
			symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
		}
		rmSync(FIXTURE_DIST, { recursive: true, force: true });
		const result = spawnSync(
			join(project, 'node_modules', '.bin', 'astro'),
			['build', '--outDir', FIXTURE_DIST],
			{ cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
		);
		if (result.status !== 0) {
			throw new Error(`the fixture site did not build:\n${result.stdout}${result.stderr}`);
		}
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}
