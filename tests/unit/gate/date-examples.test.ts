/**
 * The example date in a message about an article's own dates becomes today, which passes the
 * rule the message explains; every other message keeps the schema's example.
 */
import { describe, expect, it } from 'vitest';
import { withPassingDateExample } from '../../../src/lib/gate/date-examples.ts';
import type { Problem } from '../../../src/lib/gate/problem.ts';

const TODAY = new Date(Date.UTC(2026, 11, 2));
const message = 'expected a date written YYYY-MM-DD, e.g. 2025-03-11';
const at = (file: string, field: string): Problem => ({
	file,
	field,
	message,
	severity: 'error',
	line: 5,
});
const example = (file: string, field: string) =>
	withPassingDateExample(at(file, field), TODAY).message.replace(/^.*e\.g\. /, '');

describe('withPassingDateExample', () => {
	it('uses today for an article’s published, updated and correction dates', () => {
		const file = 'content/articles/paris-meeting.md';
		expect(example(file, 'published')).toBe('2026-12-02');
		expect(example(file, 'updated')).toBe('2026-12-02');
		expect(example(file, 'corrections, item 12, date')).toBe('2026-12-02');
		expect(withPassingDateExample(at(file, 'published'), TODAY)).toEqual({
			...at(file, 'published'),
			message: 'expected a date written YYYY-MM-DD, e.g. 2026-12-02',
		});
	});

	it('keeps the schema’s example for other fields and other collections', () => {
		const file = 'content/articles/paris-meeting.md';
		expect(example(file, 'title')).toBe('2025-03-11');
		expect(example(file, 'not published')).toBe('2025-03-11');
		expect(example(file, 'published, again')).toBe('2025-03-11');
		expect(example(file, 'corrections, item x, date')).toBe('2025-03-11');
		expect(example('content/events/2025-03-11-meeting.yaml', 'published')).toBe('2025-03-11');
		expect(example('other/content/articles/a.md', 'published')).toBe('2025-03-11');
	});

	it('replaces only a whole example date', () => {
		const problem = { ...at('content/articles/a.md', 'published'), message: 'e.g. 2025-03-111' };
		expect(withPassingDateExample(problem, TODAY).message).toBe('e.g. 2025-03-111');
	});
});
