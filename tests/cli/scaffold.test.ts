/** `npm run new` run as a contributor runs it, on a copy of the base fixture. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NEW = join(ROOT, 'scripts', 'new.ts');
const CHECK = join(ROOT, 'scripts', 'check-content.ts');

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'scaffold-'));
	cpSync(join(ROOT, 'tests', 'fixtures', 'base'), root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(script: string, args: string[], input?: string) {
	const result = spawnSync(
		process.execPath,
		[script, '--root', root, '--today', '2026-11-26', ...args],
		{
			encoding: 'utf8',
			...(input === undefined ? {} : { input }),
		},
	);
	return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = [
	'article',
	'--title',
	'Ministers follow up',
	'--participants',
	'france',
	'--sources',
	'wire-report,ministry-page',
];

describe('npm run new', () => {
	it('writes an article that npm run check:content passes', () => {
		const created = run(NEW, ARTICLE);
		expect(created.stderr).toBe('');
		expect(created.exitCode).toBe(0);
		expect(created.stdout).toMatchInlineSnapshot(`
			"Created content/articles/ministers-follow-up.md
			  1. Open it and replace every line that starts with TODO (npm run check:content lists any left).
			  2. Write each fact in your own words, followed by its source: [^source-id].
			  3. Preview: npm run dev, then open http://localhost:4321/articles/ministers-follow-up/
			  4. Then run npm run check:content and open a pull request (see CONTRIBUTING.md).
			"
		`);
		// The gate points at every placeholder left, and refuses to publish until they are replaced.
		const draft = run(CHECK, []);
		expect(draft.exitCode).toBe(1);
		expect(draft.stdout).toMatchInlineSnapshot(`
			"content/articles/ministers-follow-up.md:3: standfirst: still says "TODO" — replace the placeholder with the real text
			content/articles/ministers-follow-up.md:9: body: still says "TODO" — replace the placeholder with the real text, or delete the line
			content/articles/ministers-follow-up.md:11: body: still says "TODO" — replace the placeholder with the real text, or delete the line
			2 articles, 1 event, 2 participants, 2 sources, 1 claim: 3 problems
			"
		`);
		const file = join(root, 'content', 'articles', 'ministers-follow-up.md');
		writeFileSync(file, readFileSync(file, 'utf8').replaceAll('TODO: ', ''));
		const gate = run(CHECK, []);
		expect(gate.exitCode).toBe(0);
		expect(gate.stdout).toBe(
			'2 articles, 1 event, 2 participants, 2 sources, 1 claim: 0 problems\n',
		);
	});

	it('never overwrites: the same title gets a new id, a taken --id is refused', () => {
		const existing = join(root, 'content', 'articles', 'meeting-report.md');
		const before = readFileSync(existing, 'utf8');
		const refused = run(NEW, [
			'article',
			'--title',
			'The meeting',
			'--sources',
			'wire-report',
			'--id',
			'meeting-report',
		]);
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr).toBe(
			'--id: content/articles/meeting-report.md already exists — choose another id; existing files are never overwritten\n',
		);
		expect(run(NEW, ARTICLE).exitCode).toBe(0);
		const again = run(NEW, ARTICLE);
		expect(again.stdout.split('\n')[0]).toBe('Created content/articles/ministers-follow-up-2.md');
		expect(readFileSync(existing, 'utf8')).toBe(before);
	});

	it('refuses unknown ids with the closest matches, and writes nothing', () => {
		const result = run(NEW, [
			'article',
			'--title',
			'X',
			'--sources',
			'wire',
			'--participants',
			'frnce',
		]);
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toMatchInlineSnapshot(`
			"--sources: "wire" is not in content/sources/ — did you mean wire-report? (all ids: npm run new -- --list sources)
			--participants: "frnce" is not in content/participants/ — did you mean france? (all ids: npm run new -- --list participants)
			"
		`);
	});

	it('refuses, before writing, a value the gate would reject', () => {
		const result = run(NEW, ['article', '--title', 'x'.repeat(125), '--sources', 'wire-report']);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain(': title: must be at most 120 characters\n');
		expect(result.stderr).toContain('was not written');
	});

	it('lists the ids a field can take', () => {
		// Each line starts with the id (tests/cli/new-list.test.ts has what follows it).
		const lines = run(NEW, ['--list', 'sources']).stdout.trimEnd().split('\n');
		expect(lines.map((line) => line.split(' ')[0])).toEqual(['ministry-page', 'wire-report']);
	});

	it('asks questions when run bare, reading answers from a pipe', () => {
		const answers = [
			'source',
			'AP',
			'A wire preview, again',
			'https://example.org/again',
			'2025-03-10',
			'wire',
			'',
			'',
			'',
			'',
			'',
		];
		const result = run(NEW, [], `${answers.join('\n')}\n`);
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('Created content/sources/ap-2025-03-10.yaml');
		expect(readFileSync(join(root, 'content', 'sources', 'ap-2025-03-10.yaml'), 'utf8'))
			.toMatchInlineSnapshot(`
			"publisher: AP
			title: A wire preview, again
			url: https://example.org/again
			published: 2025-03-10
			accessed: 2026-11-26
			archived: null
			type: wire
			language: en
			"
		`);
	});

	it('stops without writing when the answers run out', () => {
		const result = run(NEW, [], 'article\nHalf an answer\n');
		expect(result.exitCode).toBe(2);
		expect(result.stderr).toContain(
			'the input ended before every question was answered — nothing was written',
		);
	});
});
