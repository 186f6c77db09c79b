/**
 * `node scripts/check-renovate.ts [CONFIG]`: checks the Renovate config (.github/renovate.json)
 * with Renovate's own `renovate-config-validator --strict`, the check Renovate runs itself, offline.
 * The validator is installed apart, in .github/renovate-validator/ (`npm run setup`), because it is
 * some 620 packages that nothing else needs. Its findings are printed the way the content gate
 * prints its own, `file:line: field: what is wrong — how to fix it`, with the nearest option name
 * for a misspelt one; exit 1 if there is any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import { findSimilarName } from '../src/lib/similar.ts';

const DOCS = 'https://docs.renovatebot.com/configuration-options/';
const VALIDATOR = '.github/renovate-validator';
const BIN = join(VALIDATOR, 'node_modules/.bin/renovate-config-validator');

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0] ?? '.github/renovate.json';

if (!existsSync(BIN)) {
	console.error(
		`${file}: not checked: Renovate's validator is not installed — run \`npm run setup\` (or \`npm run setup:renovate\` for the validator alone)`,
	);
	process.exit(1);
}

const text = readFileSync(file, 'utf8');
const document = parseDocument(text);

/** The line where the key (or array item) a path ends at is written; 1 for the whole file. */
function lineOf(path: Array<string | number>): number {
	// JSON is YAML, and the yaml parser keeps each node's place in the text.
	let offset = 0;
	for (let end = path.length; end > 0 && offset === 0; end -= 1) {
		const parent = document.getIn(path.slice(0, end - 1), true);
		const last = path[end - 1];
		if (isMap(parent)) {
			const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
			offset = (isScalar(pair?.key) ? pair.key.range?.[0] : undefined) ?? 0;
		} else if (isSeq(parent) && typeof last === 'number') {
			const item: unknown = parent.items[last];
			offset = (isNode(item) ? item.range?.[0] : undefined) ?? 0;
		}
	}
	return text.slice(0, offset).split('\n').length;
}

/** `packageRules[1].groupName` as path segments, numbers for array positions. */
const toPath = (option: string): Array<string | number> =>
	option
		// split() puts an undefined where the group did not take part.
		.split(/\.|\[(\d+)\]/)
		.filter((part: string | undefined): part is string => part !== undefined && part !== '')
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Every option name Renovate knows, for the nearest name to a misspelt one. */
async function optionNames(): Promise<string[]> {
	const url = new URL(
		`../${VALIDATOR}/node_modules/renovate/dist/config/options/index.js`,
		import.meta.url,
	);
	const { getOptions } = (await import(url.href)) as { getOptions: () => Array<{ name: string }> };
	return getOptions().map((option) => option.name);
}

interface LogLine {
	level: number;
	msg: string;
	errors?: Array<{ message: string }>;
	warnings?: Array<{ message: string }>;
	err?: { message: string; lineNumber?: number };
	/** The migrated config (its `oldConfig` is not the file: the migration edits lists in place). */
	newConfig?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where Renovate's migration changed the config: each key it rewrote, with the new value, and each
 * key it renamed or dropped, with the keys it put in their place.
 */
function migrations(
	before: unknown,
	after: unknown,
	at: Array<string | number> = [],
): Array<{ path: Array<string | number>; message: string }> {
	if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
		return before.flatMap((item, index) => migrations(item, after[index], [...at, index]));
	}
	if (isObject(before) && isObject(after)) {
		// A dropped key's value goes to a new key or into one that was there (merged).
		// (A list of rules or a nested object that changed is reported key by key instead.)
		const flat = (value: unknown) =>
			!isObject(value) && !(Array.isArray(value) && value.some((item) => isObject(item)));
		const replacements = Object.keys(after).filter(
			(key) =>
				!(key in before) ||
				(flat(after[key]) && JSON.stringify(before[key]) !== JSON.stringify(after[key])),
		);
		const write = replacements
			.map((name) => `"${name}": ${JSON.stringify(after[name])}`)
			.join(', ');
		const dropped = Object.keys(before).some((key) => !(key in after));
		return Object.keys(before).flatMap((key) =>
			key in after
				? // A key that took a dropped key's value is told with the dropped key, not again.
					dropped && replacements.includes(key)
					? []
					: migrations(before[key], after[key], [...at, key])
				: [
						{
							path: [...at, key],
							message: write
								? `Renovate has replaced this option — write ${write} instead`
								: 'Renovate no longer reads this option — remove it',
						},
					],
		);
	}
	return JSON.stringify(before) === JSON.stringify(after)
		? []
		: [
				{
					path: at,
					message: `written in a form Renovate has replaced — write ${JSON.stringify(after)} instead`,
				},
			];
}

const run = spawnSync(BIN, ['--strict', '--no-global', file], {
	encoding: 'utf8',
	env: {
		...process.env,
		LOG_FORMAT: 'json',
		// The validator's regex engine, re2, is a native addon whose build is skipped at install
		// (--ignore-scripts); JavaScript's RegExp checks the same patterns for this config.
		RENOVATE_X_IGNORE_RE2: 'true',
	},
});
const lines: LogLine[] = `${run.stdout}${run.stderr}`
	.split('\n')
	.filter((line) => line.startsWith('{'))
	.map((line) => JSON.parse(line) as LogLine);

const problems: Array<{ line: number; text: string }> = [];
const report = (path: Array<string | number>, message: string) => {
	const field = path.length === 0 ? '(the whole file)' : path.join('.');
	problems.push({ line: lineOf(path), text: `${file}:${lineOf(path)}: ${field}: ${message}` });
};

const names = await optionNames();
for (const line of lines) {
	for (const { message } of [...(line.errors ?? []), ...(line.warnings ?? [])]) {
		const unknown = /^Invalid configuration option: (\S+)$/.exec(message);
		if (unknown?.[1]) {
			const path = toPath(unknown[1]);
			const key = String(path.at(-1));
			const [nearest] = findSimilarName(key, names);
			const fix = nearest ? `did you mean "${nearest}"?` : `check the spelling against ${DOCS}`;
			report(path, `not a Renovate option — ${fix}`);
			continue;
		}
		// Other messages name the option in backticks or after "Invalid ".
		const named = /`([\w$]+(?:\[\d+\]|\.[\w$]+)*)`|^Invalid ([\w$]+(?:\[\d+\]|\.[\w$]+)*):/.exec(
			message,
		);
		const path = toPath(named?.[1] ?? named?.[2] ?? '');
		const option = path.findLast((part) => typeof part === 'string') ?? '';
		// "Invalid packageRules[0].schedule: `Invalid schedule: …`": the field is printed already.
		const what = named?.[2]
			? message
					.slice(named[0].length)
					.trim()
					.replace(/^`(.*)`$/, '$1')
			: message;
		report(path, `${what} — see ${DOCS}${option ? `#${option.toLowerCase()}` : ''}`);
	}
	if (line.msg === 'Config migration necessary') {
		for (const { path, message } of migrations(document.toJS(), line.newConfig)) {
			report(path, message);
		}
	}
	if (line.msg === 'File could not be parsed' && line.err) {
		const at = line.err.lineNumber ?? 1;
		problems.push({
			line: at,
			text: `${file}:${at}: (the whole file): cannot be read (${line.err.message}) — Renovate reads it as JSON, or JSON5 when that fails: fix the syntax there`,
		});
	} else if (line.level >= 50 && !line.errors) report([], line.msg);
}
if (run.status !== 0 && problems.length === 0) {
	report([], `the validator failed (exit ${run.status}): ${run.stderr || run.stdout}`.trim());
}

if (problems.length > 0) {
	const sorted = [...new Set(problems.sort((a, b) => a.line - b.line).map((p) => p.text))];
	console.error(sorted.join('\n'));
	process.exitCode = 1;
} else {
	const { version } = JSON.parse(
		readFileSync(join(VALIDATOR, 'node_modules/renovate/package.json'), 'utf8'),
	) as { version: string };
	console.log(
		`${file}: a valid config for Renovate ${version} (renovate-config-validator --strict)`,
	);
}
