/**
 * The publication freeze as pure comparisons; tests/cli/check-freeze.test.ts runs the command on a
 * real git repository.
 */
import { describe, expect, it } from 'vitest';
import { checkFreeze } from '../../../src/lib/gate/freeze.ts';

const FILE = 'content/articles/paris-meeting.md';
const bytes = (text: string) => new TextEncoder().encode(text);

function article(
	options: { body?: string; title?: string; published?: string; corrections?: string } = {},
) {
	return [
		'---',
		`title: ${options.title ?? 'Military chiefs meet in Paris'}`,
		'standfirst: More than 30 countries sent representatives.',
		'kind: report',
		`published: ${options.published ?? '2026-11-26'}`,
		...(options.corrections ? [options.corrections] : []),
		'---',
		'',
		options.body ??
			'The chiefs met at the École Militaire.[^wire-report]\n\nThey met for a day.[^wire-report]',
		'',
	].join('\n');
}

const CORRECTION =
	'corrections:\n  - date: 2026-11-27\n    note: An earlier version gave the wrong venue.';
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
		expect(check(article(), article({ title: 'Chiefs meet in Paris' }))).toMatchObject([
			{ field: 'title', line: 2 },
		]);
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
