import { describe, expect, it } from 'vitest';
import {
	formatDay,
	formatMonth,
	formatTimestamp,
	parseIsoDate,
	parseIsoMonth,
	toIsoDate,
	todayIn,
} from '../../src/lib/dates.ts';

describe('parseIsoDate', () => {
	it('parses a real calendar day as a UTC midnight', () => {
		expect(parseIsoDate('2025-03-11')?.toISOString()).toBe('2025-03-11T00:00:00.000Z');
		expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
	});

	it('refuses days that are not on the calendar instead of rolling them over', () => {
		expect(parseIsoDate('2025-02-30')).toBeUndefined();
		expect(parseIsoDate('2025-02-29')).toBeUndefined();
		expect(parseIsoDate('2025-13-01')).toBeUndefined();
		expect(parseIsoDate('2025-00-10')).toBeUndefined();
	});

	it('refuses other spellings', () => {
		expect(parseIsoDate('11/03/2025')).toBeUndefined();
		expect(parseIsoDate('2025-3-11')).toBeUndefined();
		expect(parseIsoDate('2025-03-11T10:00:00Z')).toBeUndefined();
	});
});

describe('parseIsoMonth', () => {
	it('parses a month as the first day of it', () => {
		expect(parseIsoMonth('2024-12')?.toISOString()).toBe('2024-12-01T00:00:00.000Z');
		expect(parseIsoMonth('2024-13')).toBeUndefined();
		expect(parseIsoMonth('2024-12-01')).toBeUndefined();
	});
});

describe('formatting', () => {
	const day = new Date(Date.UTC(2025, 2, 11));

	it('formats date-only values without shifting the day, whatever the process time zone', () => {
		// vitest.config.ts pins TZ=America/New_York, where this UTC midnight is still the 10th.
		expect(day.getDate()).toBe(10);
		expect(formatDay(day)).toBe('11 March 2025');
		expect(toIsoDate(day)).toBe('2025-03-11');
		expect(formatMonth(day)).toBe('March 2025');
	});

	it('formats a timestamp in the zone it is given', () => {
		const instant = new Date('2025-03-11T09:30:00Z');
		expect(formatTimestamp(instant, 'Europe/Paris')).toBe('11 March 2025, 10:30 UTC+01:00');
		expect(formatTimestamp(instant, 'Asia/Tokyo')).toBe('11 March 2025, 18:30 UTC+09:00');
	});

	it('takes "today" in the given zone, not the machine\'s', () => {
		const lateEvening = new Date('2026-11-26T23:30:00Z');
		expect(toIsoDate(todayIn(lateEvening, 'Europe/Paris'))).toBe('2026-11-27');
		expect(toIsoDate(todayIn(lateEvening, 'America/New_York'))).toBe('2026-11-26');
	});
});
