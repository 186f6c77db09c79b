/** How one problem is printed, how problems are ordered, and how a field path reads. */
import { describe, expect, it } from 'vitest';
import {
	byFileAndLine,
	formatPath,
	formatProblem,
	type Problem,
} from '../../../src/lib/gate/problem.ts';

const base: Problem = {
	file: 'content/events/paris.yaml',
	field: 'when.date',
	message: 'expected YYYY-MM-DD',
	severity: 'error',
};

describe('formatProblem', () => {
	it('prints file:line: field: message for an error with a line', () => {
		expect(formatProblem({ ...base, line: 12 })).toMatchInlineSnapshot(
			`"content/events/paris.yaml:12: when.date: expected YYYY-MM-DD"`,
		);
	});

	it('leaves the line out when there is none, and marks a warning', () => {
		expect(formatProblem({ ...base, severity: 'warning' })).toMatchInlineSnapshot(
			`"content/events/paris.yaml: when.date: warning: expected YYYY-MM-DD"`,
		);
	});
});

describe('byFileAndLine', () => {
	it('orders by file name, then by line, with no line first', () => {
		const problems: Problem[] = [
			{ ...base, file: 'b.yaml', line: 3 },
			{ ...base, file: 'b.yaml', line: 1 },
			{ ...base, file: 'a.yaml', line: 9 },
			{ ...base, file: 'b.yaml' },
			{ ...base, file: 'c.yaml', line: 2 },
		];
		const order = [...problems].sort(byFileAndLine).map((p) => `${p.file}:${p.line ?? '-'}`);
		expect(order).toEqual(['a.yaml:9', 'b.yaml:-', 'b.yaml:1', 'b.yaml:3', 'c.yaml:2']);
	});

	it('compares in both directions and finds equal places equal', () => {
		const a = { ...base, file: 'a.yaml', line: 2 };
		const b = { ...base, file: 'b.yaml', line: 1 };
		expect(byFileAndLine(a, b)).toBe(-1);
		expect(byFileAndLine(b, a)).toBe(1);
		expect(byFileAndLine(a, { ...a })).toBe(0);
		expect(byFileAndLine({ ...a, line: 5 }, a)).toBe(3);
	});
});

describe('formatPath', () => {
	it('writes list positions as "item N" counted from 1, separated by commas', () => {
		expect(formatPath(['attendance', 2, 'versions', 0, 'status'])).toBe(
			'attendance, item 3, versions, item 1, status',
		);
	});

	it('starts with the item when the path starts with a position, and is empty for no path', () => {
		expect(formatPath([0, 'label'])).toBe('item 1, label');
		expect(formatPath([])).toBe('');
	});
});
