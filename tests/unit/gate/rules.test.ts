import { describe, expect, it } from 'vitest';
import { findBlockedDomain } from '../../../src/lib/gate/rules.ts';
import { toAstroId } from '../../../src/lib/content/layout.ts';
import { formatPath, formatProblem } from '../../../src/lib/gate/problem.ts';

describe('findBlockedDomain', () => {
	const blocked = ['news-pravda.com'];

	it('matches the domain and any subdomain, whatever the case', () => {
		expect(findBlockedDomain('https://news-pravda.com/x', blocked)).toBe('news-pravda.com');
		expect(findBlockedDomain('https://fr.News-Pravda.com/x', blocked)).toBe('news-pravda.com');
		expect(findBlockedDomain('https://news-pravda.com./x', blocked)).toBe('news-pravda.com');
	});

	it('does not match a different domain that merely ends the same way or contains it', () => {
		expect(findBlockedDomain('https://pravda.com.ua/eng/news/', blocked)).toBeUndefined();
		expect(findBlockedDomain('https://notnews-pravda.com/', blocked)).toBeUndefined();
		expect(findBlockedDomain('not a URL', blocked)).toBeUndefined();
		expect(findBlockedDomain('https://example.org/?u=news-pravda.com', blocked)).toBeUndefined();
	});
});

describe('toAstroId', () => {
	it('folds case and spaces the way Astro derives ids', () => {
		expect(toAstroId('Paris Meeting.md')).toBe('paris-meeting');
		expect(toAstroId('paris-meeting.md')).toBe('paris-meeting');
		expect(toAstroId('Meeting-Report.md')).toBe('meeting-report');
	});
});

describe('problems', () => {
	it('formats a path as contributors read it, counting list items from 1', () => {
		expect(formatPath(['participants', 1])).toBe('participants, item 2');
		expect(formatPath(['attendance', 2, 'versions', 0, 'status'])).toBe(
			'attendance, item 3, versions, item 1, status',
		);
		expect(formatPath(['when', 'date'])).toBe('when.date');
	});

	it('prints file:line: field: message, and marks warnings', () => {
		expect(
			formatProblem({
				file: 'content/a.yaml',
				line: 3,
				field: 'url',
				message: 'x — y',
				severity: 'error',
			}),
		).toBe('content/a.yaml:3: url: x — y');
		expect(
			formatProblem({ file: 'content/a.yaml', field: 'source', message: 'x', severity: 'warning' }),
		).toBe('content/a.yaml: source: warning: x');
	});
});
