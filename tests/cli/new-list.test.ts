/** `npm run new -- --list`: the ids a contributor can use, with what each is, filtered by a word or a day. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = join(ROOT, 'tests', 'fixtures', 'base');

function list(...args: string[]) {
	return listIn(BASE, ...args);
}

function listIn(root: string, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'scripts', 'new.ts'), '--root', root, '--today', '2026-11-26', '--list', ...args],
		{ encoding: 'utf8' },
	);
	return { exitCode: result.status, output: `${result.stdout}${result.stderr}`.trimEnd() };
}

describe('npm run new -- --list', () => {
	it('shows each source with its publisher, date and title', () => {
		expect(list('sources').output).toMatchInlineSnapshot(`
			"ministry-page  French foreign ministry, date unknown: Spokesperson interview
			wire-report    AP, 10 March 2025: A wire preview"
		`);
	});

	it('shows what identifies each entry of the other kinds', () => {
		expect(['events', 'participants', 'claims', 'articles'].map((kind) => list(kind).output))
			.toMatchInlineSnapshot(`
			[
			  "2025-03-11-meeting  11 March 2025: Chiefs meet",
			  "france    France (country)
			jane-doe  Jane Doe (person)",
			  "meeting-held  reported: The meeting took place.",
			  "meeting-report  26 November 2026: The meeting",
			]
		`);
	});

	it('filters by a word, given after the kind or with --grep, ignoring case', () => {
		expect(list('sources', 'MINISTRY').output).toMatchInlineSnapshot(
			`"ministry-page  French foreign ministry, date unknown: Spokesperson interview"`,
		);
		expect(list('sources', '--grep', 'wire').output).toMatchInlineSnapshot(
			`"wire-report  AP, 10 March 2025: A wire preview"`,
		);
	});

	it('filters by a day: what is dated that day, or tied to an event of that day', () => {
		// wire-report was published on 10 March, but the 11 March meeting cites it.
		expect(list('sources', '--date', '2025-03-11').output).toMatchInlineSnapshot(
			`"wire-report  AP, 10 March 2025: A wire preview"`,
		);
		expect(list('participants', '--date', '2025-03-11').output).toMatchInlineSnapshot(
			`"france  France (country)"`,
		);
		expect(list('sources', '--date', '2025-03-12')).toMatchInlineSnapshot(`
			{
			  "exitCode": 0,
			  "output": "No sources match — loosen the filter, or list them all: npm run new -- --list sources",
			}
		`);
	});

	it('refuses a day that is not written YYYY-MM-DD', () => {
		expect(list('sources', '--date', '12 March')).toMatchInlineSnapshot(`
			{
			  "exitCode": 2,
			  "output": "--date: "12 March" is not a date — write YYYY-MM-DD, e.g. 2025-03-12",
			}
		`);
	});

	it('prints for the real content what CONTRIBUTING.md shows it printing', () => {
		const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
		for (const command of ['sources --date 2025-03-12', 'participants lecornu']) {
			const shown = new RegExp(
				`\\$ npm run new -- --list ${command}\\n([^$]*?)\\n(?:\\$|\`\`\`)`,
			).exec(guide)?.[1];
			expect(shown).toBe(listIn(ROOT, ...command.split(' ')).output);
		}
	});
});
