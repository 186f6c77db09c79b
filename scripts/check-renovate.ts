/**
 * `node scripts/check-renovate.ts [CONFIG] [--schema FILE]`: checks the Renovate config
 * (.github/renovate.json) offline, against Renovate's published JSON schema kept in
 * .github/renovate-schema.json (refresh it with scripts/update-renovate-schema.ts). The schema
 * lets unknown keys through, so this also reports every key that is not a Renovate option, which
 * is how a misspelt option would otherwise be ignored in silence. It does not resolve presets
 * (`extends`) or check values the schema leaves open (durations, schedules): Renovate's own
 * renovate-config-validator does, but it would bring some 620 packages to install.
 * Prints `file:line: field: what is wrong — how to fix it` for each problem and exits 1.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';

const DOCS = 'https://docs.renovatebot.com/configuration-options/';

interface Schema {
	'x-renovate-version'?: string;
	properties: Record<string, unknown>;
	definitions: {
		packageRules: { items: { allOf: Array<{ properties?: Record<string, unknown> }> } };
	};
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { schema: { type: 'string', default: '.github/renovate-schema.json' } },
});
const file = positionals[0] ?? '.github/renovate.json';
const text = readFileSync(file, 'utf8');
const schema = JSON.parse(readFileSync(values.schema, 'utf8')) as Schema;
const document = parseDocument(text);

/** The line where the key (or array item) a path ends at is written; 1 for the whole file. */
function lineOf(path: Array<string | number>): number {
	// JSON is YAML, and the yaml parser keeps each node's place in the text.
	const parent = path.length > 0 ? document.getIn(path.slice(0, -1), true) : undefined;
	const last = path.at(-1);
	let offset = 0;
	if (isMap(parent)) {
		const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
		offset = (isScalar(pair?.key) ? pair.key.range?.[0] : undefined) ?? 0;
	} else if (isSeq(parent) && typeof last === 'number') {
		const item: unknown = parent.items[last];
		offset = (isNode(item) ? item.range?.[0] : undefined) ?? 0;
	}
	return text.slice(0, offset).split('\n').length;
}

/** JSON Pointer `/packageRules/0/groupName` as path segments, numbers for array positions. */
const toPath = (pointer: string) =>
	pointer
		.split('/')
		.slice(1)
		.map((part) =>
			/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~'),
		);

const problems: string[] = [];
const report = (path: Array<string | number>, message: string) => {
	const field = path.length === 0 ? '(the whole file)' : path.join('.');
	problems.push(`${file}:${lineOf(path)}: ${field}: ${message}`);
};

let config: unknown;
try {
	config = JSON.parse(text);
} catch (error) {
	problems.push(
		`${file}:1: (the whole file): not valid JSON (${(error as Error).message}) — Renovate reads .json files as plain JSON, without comments or trailing commas`,
	);
}

if (config !== undefined) {
	// strict: false because the schema uses Renovate's own keywords (allowComments, x-renovate-…).
	const ajv = new Ajv({ strict: false, allErrors: true });
	ajv.addFormat('regex', (pattern: string) => {
		try {
			new RegExp(pattern);
			return true;
		} catch {
			return false;
		}
	});
	const validate = ajv.compile(schema);
	// The schema types only some of a package rule's keys; every other option in a rule is typed
	// here by its top-level definition, as Renovate applies it.
	const validateRule = ajv.compile({
		definitions: schema.definitions,
		allOf: [
			schema.definitions.packageRules.items,
			{ type: 'object', properties: schema.properties },
		],
	});
	const reportErrors = (errors: typeof validate.errors, at: Array<string | number>) => {
		for (const error of errors ?? []) {
			const path = [...at, ...toPath(error.instancePath)];
			const option = path.findLast((part) => typeof part === 'string') ?? '';
			report(path, `${error.message ?? 'invalid'} — see ${DOCS}#${option.toLowerCase()}`);
		}
	};
	if (!validate(config)) reportErrors(validate.errors, []);
	const options = new Set(['$schema', ...Object.keys(schema.properties)]);
	const ruleOptions = new Set([
		...options,
		...schema.definitions.packageRules.items.allOf.flatMap((part) =>
			Object.keys(part.properties ?? {}),
		),
	]);
	const unknown = (object: unknown, known: Set<string>, at: Array<string | number>) => {
		if (!object || typeof object !== 'object' || Array.isArray(object)) return;
		for (const key of Object.keys(object)) {
			if (!known.has(key)) {
				report([...at, key], `not a Renovate option — check the spelling against ${DOCS}`);
			}
		}
	};
	unknown(config, options, []);
	const rules = (config as { packageRules?: unknown }).packageRules;
	if (Array.isArray(rules)) {
		rules.forEach((rule, index) => {
			if (!validateRule(rule)) reportErrors(validateRule.errors, ['packageRules', index]);
			unknown(rule, ruleOptions, ['packageRules', index]);
		});
	}
}

if (problems.length > 0) {
	// A rule's key may be typed twice (by the rule schema and by its option): report it once.
	const lineNumber = (problem: string) => Number(problem.slice(file.length + 1).split(':')[0]);
	const sorted = [...new Set(problems)].sort((a, b) => lineNumber(a) - lineNumber(b));
	console.error(sorted.join('\n'));
	process.exitCode = 1;
} else {
	console.log(
		`${file}: a valid config for Renovate ${schema['x-renovate-version'] ?? '(unknown version)'}`,
	);
}
