/**
 * The Renovate config, checked offline the way `npm test` runs it: scripts/check-renovate.ts against
 * Renovate's published schema (.github/renovate-schema.json). A broken copy of the real config
 * shows that each kind of mistake is caught and named.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CONFIG = '.github/renovate.json';
const dir = mkdtempSync(join(tmpdir(), 'renovate-test-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the checker on a config file; the output has the temporary folder written as TMP. */
function check(file: string) {
	const result = spawnSync(process.execPath, ['scripts/check-renovate.ts', file], {
		encoding: 'utf8',
	});
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`.replaceAll(dir, 'TMP').trim(),
	};
}

/** Writes `text` as a config file in the temporary folder and returns its path. */
function write(name: string, text: string): string {
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
}

describe('the Renovate config', () => {
	it('is valid for the Renovate version whose schema is kept', () => {
		expect(check(CONFIG)).toEqual({
			status: 0,
			output: '.github/renovate.json: a valid config for Renovate 44.121.2',
		});
	});

	it('fails on a copy with a misspelt option, a misspelt rule key and values of the wrong type', () => {
		const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as Record<string, unknown> & {
			packageRules: Array<Record<string, unknown>>;
		};
		const { minimumReleaseAge, ...rest } = config;
		const broken = {
			...rest,
			minimumReleaseAg: minimumReleaseAge,
			packageRules: [...config.packageRules],
		};
		broken.packageRules[1] = { ...broken.packageRules[1], groupName: 5 };
		broken.packageRules[4] = { ...broken.packageRules[4], allowedVersions: ['<7'] };
		broken.packageRules[2] = { ...broken.packageRules[2], matchPackageName: ['node'] };
		const file = write('broken.json', JSON.stringify(broken, null, '\t'));
		const { status, output } = check(file);
		expect(status).toBe(1);
		expect(output).toMatchInlineSnapshot(`
			"TMP/broken.json:32: packageRules.1.groupName: must be string,null — see https://docs.renovatebot.com/configuration-options/#groupname
			TMP/broken.json:43: packageRules.2.matchPackageName: not a Renovate option — check the spelling against https://docs.renovatebot.com/configuration-options/
			TMP/broken.json:59: packageRules.4.allowedVersions: must be string — see https://docs.renovatebot.com/configuration-options/#allowedversions
			TMP/broken.json:64: minimumReleaseAg: not a Renovate option — check the spelling against https://docs.renovatebot.com/configuration-options/"
		`);
	});

	it('fails on a file that is not plain JSON', () => {
		const file = write('comma.json', '{ "extends": ["config:recommended"], }');
		expect(check(file)).toMatchInlineSnapshot(`
			{
			  "output": "TMP/comma.json:1: (the whole file): not valid JSON (Expected double-quoted property name in JSON at position 37 (line 1 column 38)) — Renovate reads .json files as plain JSON, without comments or trailing commas",
			  "status": 1,
			}
		`);
	});
});
