/**
 * The Renovate config, checked the way `npm test` runs it: scripts/check-renovate.ts, which runs
 * Renovate's own renovate-config-validator (installed in .github/renovate-validator/) and prints
 * its findings with lines. A broken copy of the real config shows each kind of mistake caught.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CONFIG = '.github/renovate.json';
const SCRIPT = resolve('scripts/check-renovate.ts');
const dir = mkdtempSync(join(tmpdir(), 'renovate-test-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the checker on a config file; the output has the temporary folder written as TMP. */
function check(file: string, cwd = process.cwd()) {
	const result = spawnSync(process.execPath, [SCRIPT, file], { cwd, encoding: 'utf8' });
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`
			.replaceAll(dir, 'TMP')
			.replaceAll(process.cwd(), 'REPO')
			.trim(),
	};
}

/** Writes `text` as a config file in the temporary folder and returns its path. */
function write(name: string, text: string): string {
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
}

describe('the Renovate config', () => {
	it('passes renovate-config-validator --strict, at the version installed', () => {
		const pinned = (
			JSON.parse(readFileSync('.github/renovate-validator/package.json', 'utf8')) as {
				devDependencies: { renovate: string };
			}
		).devDependencies.renovate;
		expect(check(CONFIG)).toEqual({
			status: 0,
			output: `.github/renovate.json: a valid config for Renovate ${pinned} (renovate-config-validator --strict)`,
		});
	});

	it('fails on a copy with misspelt options, a value of the wrong type, a bad schedule and an outdated form', () => {
		const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as Record<string, unknown> & {
			packageRules: Array<Record<string, unknown>>;
		};
		const { minimumReleaseAge, ...rest } = config;
		const broken = {
			...rest,
			minimumReleaseAg: minimumReleaseAge,
			packageRules: [...config.packageRules],
		};
		broken.packageRules[0] = { ...broken.packageRules[0], schedule: ['before 6xm on mondy'] };
		broken.packageRules[1] = { ...broken.packageRules[1], groupName: 5 };
		broken.packageRules[2] = { ...broken.packageRules[2], matchPackageName: ['node'] };
		// Renovate still reads an array here, but only after migrating it to a string.
		broken.packageRules[4] = { ...broken.packageRules[4], allowedVersions: ['<7'] };
		// An option Renovate renamed: it now writes exclusions as negated names.
		broken.packageRules[3] = { ...broken.packageRules[3], excludePackageNames: ['@types/bun'] };
		const file = write('broken.json', JSON.stringify(broken, null, '\t'));
		const { status, output } = check(file);
		expect(status).toBe(1);
		expect(output).toMatchInlineSnapshot(`
			"TMP/broken.json:22: packageRules.0.schedule: Invalid schedule: Failed to parse "before 6xm on mondy" — see https://docs.renovatebot.com/configuration-options/#schedule
			TMP/broken.json:32: packageRules.1.groupName: Configuration option \`packageRules[1].groupName\` should be a string — see https://docs.renovatebot.com/configuration-options/#groupname
			TMP/broken.json:43: packageRules.2.matchPackageName: not a Renovate option — did you mean "matchPackageNames"?
			TMP/broken.json:53: packageRules.3.excludePackageNames: Renovate has replaced this option — write "matchPackageNames": ["@types/node","!@types/bun"] instead
			TMP/broken.json:62: packageRules.4.allowedVersions: written in a form Renovate has replaced — write "<7" instead
			TMP/broken.json:67: minimumReleaseAg: not a Renovate option — did you mean "minimumReleaseAge"?"
		`);
	});

	it('fails on a file Renovate cannot read, at the line where reading stopped', () => {
		const file = write('cut.json', '{\n\t"extends": ["config:recommended"\n');
		expect(check(file)).toMatchInlineSnapshot(`
			{
			  "output": "TMP/cut.json:3: (the whole file): cannot be read (JSON5: invalid end of input at 3:1) — Renovate reads it as JSON, or JSON5 when that fails: fix the syntax there",
			  "status": 1,
			}
		`);
	});

	it('says how to install the validator when it is missing, and fails', () => {
		expect(check(join(process.cwd(), CONFIG), dir)).toMatchInlineSnapshot(`
			{
			  "output": "REPO/.github/renovate.json: not checked: Renovate's validator is not installed — run \`npm run setup\` (or \`npm run setup:renovate\` for the validator alone)",
			  "status": 1,
			}
		`);
	});
});
