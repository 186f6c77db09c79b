/**
 * `node scripts/update-renovate-schema.ts [VERSION]`: refreshes .github/renovate-schema.json, which
 * `scripts/check-renovate.ts` validates .github/renovate.json against, from the `renovate` npm
 * package (default: latest). Only the package's tarball is fetched, through npm: installing
 * renovate would bring some 620 packages and 360 MB, with native install scripts, for one file.
 * The option descriptions are dropped: the checks need the structure only, and the file stays small.
 * Renovate is AGPL-3.0-only; this file is its data, kept apart and used only to check our config.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OUTPUT = '.github/renovate-schema.json';
/** Maps whose keys are names (of options or definitions), not schema keywords. */
const NAME_MAPS = new Set(['properties', 'definitions', 'patternProperties']);
/** Keywords whose values are data (defaults, allowed values), left as they are. */
const DATA = new Set(['default', 'enum', 'const', 'examples']);
const PROSE = new Set(['description', 'markdownDescription']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A schema without its prose: description and markdownDescription keywords, at any depth. */
function withoutProse(node: Json): Json {
	if (Array.isArray(node)) return node.map(withoutProse);
	if (node === null || typeof node !== 'object') return node;
	const out: { [key: string]: Json } = {};
	for (const [key, value] of Object.entries(node)) {
		if (PROSE.has(key)) continue;
		if (DATA.has(key)) out[key] = value;
		else if (NAME_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
			out[key] = Object.fromEntries(
				Object.entries(value).map(([name, schema]) => [name, withoutProse(schema)]),
			);
		} else out[key] = withoutProse(value);
	}
	return out;
}

const version = process.argv[2] ?? 'latest';
const dir = mkdtempSync(join(tmpdir(), 'renovate-schema-'));
try {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', `renovate@${version}`, '--json', '--pack-destination', dir], {
			encoding: 'utf8',
		}),
	) as Array<{ filename: string; version: string }>;
	if (!packed) throw new Error(`npm pack renovate@${version} returned nothing`);
	execFileSync('tar', [
		'-xzf',
		join(dir, packed.filename),
		'-C',
		dir,
		'package/renovate-schema.json',
	]);
	const schema = JSON.parse(
		readFileSync(join(dir, 'package/renovate-schema.json'), 'utf8'),
	) as Json;
	writeFileSync(OUTPUT, JSON.stringify(withoutProse(schema)));
	execFileSync('prettier', ['--write', OUTPUT]);
	console.log(`${OUTPUT}: the schema of renovate ${packed.version}`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
