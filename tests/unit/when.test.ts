import { describe, expect, it } from 'vitest';
import type { When } from '../../src/lib/schema/when.ts';
import { whenSchema } from '../../src/lib/schema/when.ts';
import {
	byWhen,
	describePrecision,
	formatDayRange,
	formatWhen,
	groupByPeriod,
	toPeriodGroup,
	toWhenDatetime,
	toWhenSortKey,
	toWhenView,
} from '../../src/lib/when.ts';

const when = (value: Record<string, unknown>): When => whenSchema.parse(value);
const day = when({ precision: 'day', date: '2025-03-11' });
const month = when({ precision: 'month', date: '2024-12' });
const approximate = when({
	precision: 'approximate',
	date: '2025-01-23',
	label: 'about 23 January 2025',
});
const range = when({ precision: 'range', date: '2025-03-03', end: '2025-03-05' });
const before = when({ precision: 'before', date: '2025-03-11', label: 'before 11 March 2025' });
const after = when({ precision: 'after', date: '2025-03-31', label: 'after March 2025' });

describe('formatWhen', () => {
	it('writes each precision as readers see it', () => {
		expect([day, month, approximate, range, before, after].map(formatWhen)).toEqual([
			'11 March 2025',
			'December 2024',
			'about 23 January 2025',
			'3–5 March 2025',
			'before 11 March 2025',
			'after March 2025',
		]);
	});

	it('prefers the label the editor wrote', () => {
		expect(
			formatWhen(when({ precision: 'month', date: '2025-01', label: 'end of January 2025' })),
		).toBe('end of January 2025');
	});
});

describe('formatDayRange', () => {
	it('shares the month and year when it can', () => {
		const d = (text: string) => new Date(`${text}T00:00:00Z`);
		expect(formatDayRange(d('2025-03-03'), d('2025-03-05'))).toBe('3–5 March 2025');
		expect(formatDayRange(d('2025-02-28'), d('2025-03-03'))).toBe('28 February – 3 March 2025');
		expect(formatDayRange(d('2024-12-30'), d('2025-01-02'))).toBe(
			'30 December 2024 – 2 January 2025',
		);
		expect(formatDayRange(d('2025-03-03'), d('2025-03-03'))).toBe('3 March 2025');
	});
});

describe('toWhenDatetime', () => {
	it('is never more precise than the sources', () => {
		expect([day, month, approximate, range, before, after].map(toWhenDatetime)).toEqual([
			'2025-03-11',
			'2024-12',
			'2025-01',
			'2025-03',
			undefined,
			undefined,
		]);
	});

	it('gives a year for a range across months, and nothing across years', () => {
		expect(
			toWhenDatetime(when({ precision: 'range', date: '2025-02-28', end: '2025-03-02' })),
		).toBe('2025');
		expect(
			toWhenDatetime(when({ precision: 'range', date: '2024-12-30', end: '2025-01-02' })),
		).toBe(undefined);
	});
});

describe('describePrecision and toWhenView', () => {
	it('notes every precision but a known day', () => {
		expect([day, month, approximate, range, before, after].map(describePrecision)).toEqual([
			undefined,
			'day not given by the sources',
			'approximate date',
			'exact day not known',
			'exact date not known',
			'exact date not known',
		]);
	});

	it('leaves out what does not apply', () => {
		expect(toWhenView(day)).toEqual({ text: '11 March 2025', datetime: '2025-03-11' });
		expect(toWhenView(after)).toEqual({ text: 'after March 2025', note: 'exact date not known' });
	});
});

describe('ordering', () => {
	it('puts "before" just ahead of the day and "after" just behind it', () => {
		const sameDay = when({ precision: 'day', date: '2025-03-31' });
		expect(toWhenSortKey(before)).toBe(Date.UTC(2025, 2, 10, 12));
		expect(toWhenSortKey(after)).toBeGreaterThan(toWhenSortKey(sameDay));
		expect(toWhenSortKey(after)).toBeLessThan(Date.UTC(2025, 3, 1));
	});

	it('sorts oldest first, then by id', () => {
		const items = [
			{ id: 'b', data: { when: day } },
			{ id: 'z', data: { when: after } },
			{ id: 'a', data: { when: day } },
			{ id: 'm', data: { when: month } },
		];
		expect(items.sort(byWhen).map((item) => item.id)).toEqual(['m', 'a', 'b', 'z']);
	});
});

describe('month groups', () => {
	it('files a date under its month, and an open-ended date under its own label', () => {
		expect(toPeriodGroup(approximate)).toEqual({
			key: 'month-2025-01',
			heading: 'January 2025',
			datetime: '2025-01',
		});
		expect(toPeriodGroup(after)).toEqual({ key: 'after-2025-03-31', heading: 'After March 2025' });
	});

	it('groups runs in order and marks a month that continues after an open-ended group', () => {
		const dates = [
			when({ precision: 'day', date: '2025-03-02' }),
			before,
			day,
			when({ precision: 'day', date: '2025-04-01' }),
		];
		const groups = groupByPeriod(dates, (item) => item);
		expect(groups.map(({ id, heading, items }) => [id, heading, items.length])).toEqual([
			['month-2025-03', 'March 2025', 1],
			['before-2025-03-11', 'Before 11 March 2025', 1],
			['month-2025-03-2', 'March 2025 (continued)', 1],
			['month-2025-04', 'April 2025', 1],
		]);
	});
});

describe('in a time zone west of UTC', () => {
	it('runs under America/New_York, where a UTC midnight is still the day before', () => {
		expect(process.env['TZ']).toBe('America/New_York');
		expect(new Date(Date.UTC(2025, 2, 1)).getDate()).toBe(28);
	});

	it('still writes the first of a month as that month, not the one before', () => {
		const first = when({ precision: 'day', date: '2025-03-01' });
		expect(formatWhen(first)).toBe('1 March 2025');
		expect(toWhenDatetime(first)).toBe('2025-03-01');
		expect(toPeriodGroup(when({ precision: 'month', date: '2025-03' })).heading).toBe('March 2025');
	});
});
