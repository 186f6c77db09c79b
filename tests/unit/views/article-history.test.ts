import { describe, expect, it } from 'vitest';
import { buildArticleHistory } from '../../../src/lib/views/article-history.ts';
import { toIsoDate } from '../../../src/lib/dates.ts';
import { parseGitDates } from '../../../src/node/git-history.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const show = (entries: ReturnType<typeof buildArticleHistory>) =>
	entries.map(
		(entry) => `${toIsoDate(entry.date)} ${entry.kind}${entry.note ? `: ${entry.note}` : ''}`,
	);

describe('buildArticleHistory', () => {
	it('lists publication, corrections with their notes, and other days the file changed', () => {
		const history = buildArticleHistory(
			{
				published: day('2026-11-26'),
				updated: day('2026-12-02'),
				corrections: [{ date: day('2026-11-28'), note: 'An earlier version misspelt a name.' }],
			},
			['2026-12-05', '2026-12-02', '2026-11-28', '2026-11-26', '2026-11-20', '2026-12-05'],
		);
		expect(show(history)).toEqual([
			'2026-11-26 published',
			'2026-11-28 corrected: An earlier version misspelt a name.',
			'2026-12-02 updated',
			'2026-12-05 changed',
		]);
	});

	it("shows the article's own dates when git has no history", () => {
		expect(
			show(buildArticleHistory({ published: day('2026-11-26'), corrections: [] }, [])),
		).toEqual(['2026-11-26 published']);
	});
});

describe('git history', () => {
	it('reads only dates from git log output', () => {
		expect(parseGitDates('2026-12-05\n2026-11-26\n\nwarning: something\n')).toEqual([
			'2026-12-05',
			'2026-11-26',
		]);
	});
});
