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
	toWhenDateText,
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
const after = when({ precision: 'after', date: '2025-03', label: 'after March 2025' });
const afterYear = when({ precision: 'after', date: '2025', label: 'later in 2025 or after' });
const beforeMonth = when({ precision: 'before', date: '2025-03', label: 'before March 2025' });

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

describe('toWhenDateText', () => {
	it('gives a download no day the sources do not give', () => {
		expect(
			[day, month, approximate, range, before, after, afterYear, beforeMonth].map(toWhenDateText),
		).toEqual([
			'2025-03-11',
			'2024-12',
			'2025-01',
			'2025-03-03',
			'2025-03-11',
			'2025-03',
			'2025',
			'2025-03',
		]);
	});
});

describe('the before/after schema', () => {
	it('keeps how much of the bound is given', () => {
		expect([before, after, afterYear].map((value) => 'unit' in value && value.unit)).toEqual([
			'day',
			'month',
			'year',
		]);
	});

	it('takes a bare year as YAML gives it, a number', () => {
		expect(when({ precision: 'after', date: 2025, label: 'after 2025' })).toEqual(
			when({ precision: 'after', date: '2025', label: 'after 2025' }),
		);
	});

	it('refuses a bound that is not a day, month or year', () => {
		const result = whenSchema.safeParse({ precision: 'after', date: '2025-3', label: 'after' });
		expect(result.error?.issues.map((issue) => issue.message)).toEqual([
			'"2025-3" is not a day, month or year — write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03 for "after March 2025"',
		]);
	});
});

describe('ordering', () => {
	it('puts "before" just ahead of the day and "after" just behind it', () => {
		const afterDay = when({ precision: 'after', date: '2025-03-31', label: 'after 31 March 2025' });
		expect(toWhenSortKey(before)).toBe(Date.UTC(2025, 2, 10, 12));
		expect(toWhenSortKey(afterDay)).toBe(Date.UTC(2025, 2, 31, 12));
	});

	it('puts "after" a month or year behind its last day, and "before" ahead of its first', () => {
		expect(toWhenSortKey(after)).toBe(Date.UTC(2025, 2, 31, 12));
		expect(toWhenSortKey(afterYear)).toBe(Date.UTC(2025, 11, 31, 12));
		expect(toWhenSortKey(beforeMonth)).toBe(Date.UTC(2025, 1, 28, 12));
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
		expect(toPeriodGroup(after)).toEqual({ key: 'after-2025-03', heading: 'After March 2025' });
		expect(toPeriodGroup(afterYear)).toEqual({
			key: 'after-2025',
			heading: 'Later in 2025 or after',
		});
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
