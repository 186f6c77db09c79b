import { describe, expect, it } from 'vitest';
import { parseGitLogByFile } from '../../../src/node/git-history.ts';

describe('parseGitLogByFile', () => {
	it('gives each file the days of the commits that changed it, newest first', () => {
		const output = [
			'\u00002026-12-02',
			'',
			'content/articles/a.md',
			'\u00002026-11-27',
			'',
			'content/articles/a.md',
			'content/articles/b.md',
			'\u00002026-11-26',
			'',
			'content/articles/b.md',
			'',
		].join('\n');
		expect(Object.fromEntries(parseGitLogByFile(output))).toEqual({
			'content/articles/a.md': ['2026-12-02', '2026-11-27'],
			'content/articles/b.md': ['2026-11-27', '2026-11-26'],
		});
	});

	it('ignores anything that is not a commit day followed by files', () => {
		expect(parseGitLogByFile('')).toEqual(new Map());
		expect(parseGitLogByFile('fatal: not a git repository\n')).toEqual(new Map());
	});
});
