import { describe, expect, it } from 'vitest';
import {
	ATTENDANCE_BASIS_TERMS,
	ATTENDANCE_STATUS_TERMS,
	CLAIM_STATUS_TERMS,
	DATE_PRECISION_TERMS,
	EVENT_STATUS_TERMS,
} from '../../../src/lib/views/labels.ts';
import { CLAIM_STATUSES } from '../../../src/lib/schema/claim.ts';
import {
	ATTENDANCE_BASES,
	ATTENDANCE_STATUSES,
	EVENT_STATUSES,
} from '../../../src/lib/schema/event.ts';
import { DATE_PRECISIONS } from '../../../src/lib/schema/when.ts';
import { formatWhen } from '../../../src/lib/when.ts';
import { whenSchema } from '../../../src/lib/schema/when.ts';

describe('status vocabulary', () => {
	it('has a label and a meaning for every value of every status, in schema order', () => {
		expect(Object.keys(CLAIM_STATUS_TERMS)).toEqual([...CLAIM_STATUSES]);
		expect(Object.keys(EVENT_STATUS_TERMS)).toEqual([...EVENT_STATUSES]);
		expect(Object.keys(ATTENDANCE_STATUS_TERMS)).toEqual([...ATTENDANCE_STATUSES]);
		expect(Object.keys(ATTENDANCE_BASIS_TERMS)).toEqual([...ATTENDANCE_BASES]);
		expect(Object.keys(DATE_PRECISION_TERMS)).toEqual([...DATE_PRECISIONS]);
	});

	it('gives precision examples that the site itself would print', () => {
		const samples = {
			day: { precision: 'day', date: '2025-03-11' },
			month: { precision: 'month', date: '2024-12' },
			approximate: { precision: 'approximate', date: '2025-01-23', label: 'about 23 January 2025' },
			range: { precision: 'range', date: '2025-03-03', end: '2025-03-05' },
			before: { precision: 'before', date: '2025-03-11', label: 'before 11 March 2025' },
			after: { precision: 'after', date: '2025-03-31', label: 'after March 2025' },
		};
		for (const [precision, value] of Object.entries(samples)) {
			expect(formatWhen(whenSchema.parse(value))).toBe(
				DATE_PRECISION_TERMS[precision as keyof typeof DATE_PRECISION_TERMS].example,
			);
		}
	});
});
