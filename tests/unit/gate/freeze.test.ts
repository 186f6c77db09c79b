/**
 * The publication freeze as pure comparisons; tests/cli/check-freeze.test.ts runs the command on a
 * real git repository.
 */
import { describe, expect, it } from 'vitest';
import { checkFreeze } from '../../../src/lib/gate/freeze.ts';
import { CORRECTION, freezeArticle } from '../../helpers/freeze-article.ts';

const FILE = 'content/articles/paris-meeting.md';
const bytes = (text: string) => new TextEncoder().encode(text);

const article = freezeArticle;
const check = (before: string, after: string | undefined) =>
	checkFreeze([
		{
			file: FILE,
			published: bytes(before),
			current: after === undefined ? undefined : bytes(after),
		},
	]);

describe('checkFreeze', () => {
	it('passes an article that did not change, or only changed its line wrapping or tags', () => {
		expect(check(article(), article())).toEqual([]);
		const rewrapped = article({
			body: 'The chiefs met at the\nÉcole Militaire.[^wire-report]\n\nThey met for a day.[^wire-report]',
		});
		expect(check(article(), rewrapped)).toEqual([]);
	});

	it('fails a body change without a correction, on the first changed line', () => {
		const changed = article({
			body: 'The chiefs met at the Élysée.[^wire-report]\n\nThey met for a day.[^wire-report]',
		});
		expect(check(article(), changed)).toEqual([
			{
				file: FILE,
				line: 8,
				field: 'body',
				message:
					'changed after publication — add an entry to `corrections` (date: the day of the change; note: what changed and why) and set `updated` to that day',
				severity: 'error',
			},
		]);
	});

	it('passes the same change with a new correction', () => {
		const corrected = article({
			body: 'The chiefs met at the Élysée.[^wire-report]\n\nThey met for a day.[^wire-report]',
			corrections: CORRECTION,
		});
		expect(check(article(), corrected)).toEqual([]);
	});

	it('treats the headline like the body', () => {
		expect(check(article(), article({ title: 'Chiefs meet in Paris' }))).toEqual([
			{
				file: FILE,
				line: 2,
				field: 'title',
				message:
					'changed after publication — add an entry to `corrections` (date: the day of the change; note: what changed and why) and set `updated` to that day',
				severity: 'error',
			},
		]);
	});

	it('does not count blank lines added before or after the body as a change', () => {
		const body =
			'The chiefs met at the École Militaire.[^wire-report]\n\nThey met for a day.[^wire-report]';
		expect(check(article({ body }), article({ body: `\n\n${body}\n\n` }))).toEqual([]);
		// The blank line between the frontmatter and the text taken out.
		const tight = article({ body }).replace('\n---\n\n', '\n---\n');
		expect(tight).not.toBe(article({ body }));
		expect(check(article({ body }), tight)).toEqual([]);
	});

	it('counts two words joined into one as a change, though spacing alone is not', () => {
		const joined = article({
			body: 'The chiefs met at theÉcole Militaire.[^wire-report]\n\nThey met for a day.[^wire-report]',
		});
		expect(check(article(), joined).map((p) => `${p.line}: ${p.field}`)).toEqual(['8: body']);
	});

	it('skips lines that differ only in spaces at their ends when it looks for the changed one', () => {
		const before = article({ body: 'One.[^wire-report]\n\nTwo.[^wire-report]' });
		const after = article({ body: 'One.[^wire-report]   \n\nTwo, changed.[^wire-report]' });
		// Line 8 is the first body line; the change is two lines further down.
		expect(check(before, after).map((p) => `${p.line}: ${p.field}`)).toEqual(['10: body']);
		const spacedBefore = article({ body: 'One.[^wire-report]   \n\nTwo.[^wire-report]' });
		const changed = article({ body: 'One.[^wire-report]\n\nTwo, changed.[^wire-report]' });
		expect(check(spacedBefore, changed).map((p) => `${p.line}: ${p.field}`)).toEqual(['10: body']);
	});

	it('refuses a new publication date, an edited correction and a deleted article', () => {
		const published = article({ corrections: CORRECTION });
		const edited = article({
			published: '2026-11-27',
			corrections: 'corrections:\n  - date: 2026-11-27\n    note: Fixed.',
		});
		expect(check(published, edited).map((problem) => `${problem.line}: ${problem.field}`)).toEqual([
			'5: published',
			'7: corrections, item 1',
		]);
		expect(check(article(), undefined)).toEqual([
			{
				file: FILE,
				field: 'file',
				message:
					'was deleted after publication — restore it: a published article stays online, and one that must be withdrawn says why in a correction',
				severity: 'error',
			},
		]);
	});

	it('leaves a file that does not parse to the content gate', () => {
		expect(check(article(), 'no frontmatter')).toEqual([]);
	});
});

describe('checkFreeze, each message and where it points', () => {
	const TWO = `${CORRECTION}\n  - date: 2026-11-28\n    note: A second fix.`;

	it('says which date to put back, and what to do about an edited correction', () => {
		const published = article({ corrections: CORRECTION });
		const edited = article({
			published: '2026-11-27',
			corrections:
				'corrections:\n  - date: 2026-11-29\n    note: An earlier version gave the wrong venue.',
		});
		expect(check(published, edited).map((p) => `${p.line}: ${p.field}: ${p.message}`))
			.toMatchInlineSnapshot(`
				[
				  "5: published: changed after publication — put back 2026-11-26: the day an article was published does not change (record changes in \`corrections\`)",
				  "7: corrections, item 1: changed or removed after publication — put it back as it was: corrections stay as published; add a new entry below it instead",
				]
			`);
	});

	it('refuses a correction removed from the end, pointing at where the list starts', () => {
		const problems = check(article({ corrections: TWO }), article({ corrections: CORRECTION }));
		// Line 6 is `corrections:`, line 7 the list itself.
		expect(problems.map((p) => `${p.line}: ${p.field}`)).toEqual(['7: corrections, item 2']);
	});

	it('refuses a correction whose date alone changed, or whose note alone changed', () => {
		const dateOnly = CORRECTION.replace('2026-11-27', '2026-11-30');
		const noteOnly = CORRECTION.replace('wrong venue', 'wrong day');
		for (const changed of [dateOnly, noteOnly]) {
			expect(
				check(article({ corrections: CORRECTION }), article({ corrections: changed })).map(
					(p) => p.field,
				),
			).toEqual(['corrections, item 1']);
		}
	});

	it('does not count a correction re-wrapped or re-spaced as changed', () => {
		const respaced = CORRECTION.replace('the wrong venue', 'the  wrong   venue');
		expect(check(article({ corrections: CORRECTION }), article({ corrections: respaced }))).toEqual(
			[],
		);
	});

	it('treats the standfirst like the body, but not extra spaces in the headline', () => {
		const standfirst = article().replace('sent representatives.', 'sent envoys.');
		expect(check(article(), standfirst).map((p) => `${p.line}: ${p.field}`)).toEqual([
			'3: standfirst',
		]);
		expect(check(article(), article({ title: ' Military  chiefs meet in   Paris' }))).toEqual([]);
	});

	it('points at the end of a body whose end was cut, else at the first changed line', () => {
		// Line 7 is the blank line after the frontmatter, 8 the text, 9 the file's last (blank) line.
		const cut = article({ body: 'The chiefs met at the École Militaire.[^wire-report]' });
		expect(check(article(), cut).map((p) => `${p.line}: ${p.field}`)).toEqual(['9: body']);
		const cutMore = article({
			body: 'The chiefs met at the École Militaire.[^wire-report]\n\nThey met for a day.',
		});
		expect(check(article(), cutMore).map((p) => `${p.line}: ${p.field}`)).toEqual(['10: body']);
	});

	it('counts a headline written as a number as text that changed', () => {
		expect(
			check(article({ title: '2025' }), article({ title: '2026' })).map((p) => p.field),
		).toEqual(['title']);
	});

	it('leaves to the content gate a file that is not UTF-8, or whose frontmatter is not a group', () => {
		const notUtf8 = new Uint8Array([0xff, 0xfe, 0x00]);
		expect(checkFreeze([{ file: FILE, published: bytes(article()), current: notUtf8 }])).toEqual(
			[],
		);
		expect(check(article(), '---\n- a\n- b\n---\n\nText.\n')).toEqual([]);
		expect(check(article(), '---\nnull\n---\n\nText.\n')).toEqual([]);
		expect(check('---\n42\n---\n\nText.\n', article())).toEqual([]);
	});

	it('checks every article it is given', () => {
		const problems = checkFreeze([
			{ file: 'content/articles/a.md', published: bytes(article()), current: undefined },
			{ file: 'content/articles/b.md', published: bytes(article()), current: undefined },
		]);
		expect(problems.map((p) => p.file)).toEqual(['content/articles/a.md', 'content/articles/b.md']);
	});
});
