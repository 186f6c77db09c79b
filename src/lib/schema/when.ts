/**
 * A date as precise as the sources allow. "At the end of January" must not become 31 January:
 * the precision says how much of the date is known, and `label` is the phrase readers see.
 */
import { z } from 'astro/zod';
import { isoBound, isoDate, isoMonth, line, type DateUnit } from './shared.ts';

export const DATE_PRECISIONS = ['day', 'month', 'approximate', 'range', 'before', 'after'] as const;

const label = line(
	'The phrase readers see, e.g. "end of January 2025" or "about 23 January 2025".',
	{ max: 80 },
);

/**
 * Lifts the bound's unit beside its date, so every precision keeps `date` as a Date and code
 * that needs to know how much of a before/after date is given reads `unit`.
 */
function flattenBound<T extends { date: { date: Date; unit: DateUnit } }>(
	value: T,
): Omit<T, 'date'> & { date: Date; unit: DateUnit } {
	const { date, ...rest } = value;
	return { ...rest, date: date.date, unit: date.unit };
}

export const whenSchema = z.discriminatedUnion(
	'precision',
	[
		z.strictObject({
			precision: z.literal('day').describe('The day is known.'),
			date: isoDate('The day, YYYY-MM-DD, e.g. 2025-03-11.'),
			label: label.optional(),
		}),
		z.strictObject({
			precision: z.literal('month').describe('Only the month is known.'),
			date: isoMonth('The month, YYYY-MM, e.g. 2024-12.'),
			label: label.optional(),
		}),
		z.strictObject({
			precision: z
				.literal('approximate')
				.describe('A best estimate of the day; readers see `label`.'),
			date: isoDate('The estimated day, YYYY-MM-DD, used for ordering only.'),
			label,
		}),
		z.strictObject({
			precision: z.literal('range').describe('Somewhere between two days, both included.'),
			date: isoDate('The first day, YYYY-MM-DD.'),
			end: isoDate('The last day, YYYY-MM-DD.'),
			label: label.optional(),
		}),
		z
			.strictObject({
				precision: z
					.literal('before')
					.describe('Only a day, month or year it happened before is known.'),
				date: isoBound(
					'What it happened before, as precisely as the sources give it: YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03-11.',
				),
				label,
			})
			.transform(flattenBound),
		z
			.strictObject({
				precision: z
					.literal('after')
					.describe('Only a day, month or year it happened after is known.'),
				date: isoBound(
					'What it happened after, as precisely as the sources give it: YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03 for "after March 2025".',
				),
				label,
			})
			.transform(flattenBound),
	],
	{ error: `expected precision: one of ${DATE_PRECISIONS.join(', ')}` },
);

export type When = z.output<typeof whenSchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
