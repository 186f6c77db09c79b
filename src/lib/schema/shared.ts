/**
 * Field shapes shared by every collection: ids, dates, URLs and source citations.
 * Messages tell a contributor exactly what to type, because they are printed as-is by the content gate.
 */
import { z } from 'astro/zod';
import { parseIsoDate, parseIsoMonth, parseIsoYear } from '../dates.ts';

/** Lower-case kebab-case, as file names and references are written. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry, by its id (its file name without the extension). */
export function entryId(collection: string, example: string) {
	return z
		.string({ error: `expected the id of an entry in content/${collection}/, e.g. ${example}` })
		.regex(ID_PATTERN, {
			error: `expected a lower-case kebab-case id of an entry in content/${collection}/, e.g. ${example}`,
		})
		.describe(
			`Id of an entry in content/${collection}/ (its file name without extension), e.g. "${example}".`,
		);
}

/** A non-empty list of references, without repeats. */
export function entryIds(collection: string, example: string) {
	return z.array(entryId(collection, example)).superRefine((ids, ctx) => {
		const seen = new Set<string>();
		ids.forEach((id, index) => {
			if (seen.has(id)) {
				ctx.addIssue({
					code: 'custom',
					path: [index],
					message: `"${id}" is listed twice — keep one`,
				});
			}
			seen.add(id);
		});
	});
}

/**
 * A calendar day written `YYYY-MM-DD`, returned as a UTC-midnight Date.
 *
 * Astro's YAML parser turns `2025-02-30` into 2 March before any schema sees it, so the content gate
 * parses files with YAML 1.2 (dates stay strings) and this checks the text. Inside `astro build` the
 * value can already be a Date: the gate has checked the text of that file before the build started.
 */
export function isoDate(description: string) {
	return z
		.union([z.string(), z.date()], {
			error: 'expected a date written YYYY-MM-DD, e.g. 2025-03-11',
		})
		.transform((value, ctx) => {
			if (value instanceof Date) return value;
			const date = parseIsoDate(value);
			if (!date) {
				// "2025-02-30" has the form but no such day; "11 March 2025" is a day in the wrong form.
				const message = /^\d{4}-\d{2}-\d{2}$/.test(value)
					? `"${value}" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11`
					: `"${value}" is not written YYYY-MM-DD — write it as digits, e.g. 2025-03-11`;
				ctx.addIssue({ code: 'custom', message });
				return z.NEVER;
			}
			return date;
		})
		.describe(description);
}

/** A calendar month written `YYYY-MM`, returned as the UTC-midnight Date of its first day. */
export function isoMonth(description: string) {
	return z
		.string({ error: 'expected a month written YYYY-MM, e.g. 2024-12' })
		.transform((value, ctx) => {
			const date = parseIsoMonth(value);
			if (!date) {
				ctx.addIssue({
					code: 'custom',
					message: `"${value}" is not a month — write YYYY-MM, e.g. 2024-12`,
				});
				return z.NEVER;
			}
			return date;
		})
		.describe(description);
}

/** How much of a bound date is given: the day, only the month, or only the year. */
export type DateUnit = 'day' | 'month' | 'year';

/**
 * The day, month or year a `before`/`after` date is bounded by, written `YYYY-MM-DD`, `YYYY-MM`
 * or `YYYY`: "after March 2025" is written `2025-03`, so no placeholder day is stored. Returns
 * the UTC-midnight Date of its first day and which of the three it is. As with `isoDate`, inside
 * `astro build` a day may already be a Date, and a bare year a number.
 */
export function isoBound(description: string) {
	return z
		.union([z.string(), z.number(), z.date()], {
			error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03',
		})
		.transform((value, ctx): { date: Date; unit: DateUnit } => {
			if (value instanceof Date) return { date: value, unit: 'day' };
			const text = String(value);
			const day = parseIsoDate(text);
			if (day) return { date: day, unit: 'day' };
			const month = parseIsoMonth(text);
			if (month) return { date: month, unit: 'month' };
			const year = parseIsoYear(text);
			if (year) return { date: year, unit: 'year' };
			ctx.addIssue({
				code: 'custom',
				message: `"${text}" is not a day, month or year — write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-03 for "after March 2025"`,
			});
			return z.NEVER;
		})
		.describe(description);
}

/** An absolute https URL. Plain http is refused: a reader's browser would warn, and archives serve https. */
export function httpsUrl(description: string) {
	return z
		.string({ error: 'expected a URL starting with https://' })
		.refine((value) => isHttpsUrl(value), {
			error: 'expected a full URL starting with https://, e.g. https://example.org/story',
		})
		.describe(description);
}

/** Whether a string is an absolute https URL with a host. */
export function isHttpsUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname.length > 0 && !/\s/.test(value);
	} catch {
		return false;
	}
}

/** A single line of text: no leading or trailing spaces, no line breaks. */
export function line(description: string, options: { max?: number } = {}) {
	const max = options.max ?? 200;
	return z
		.string({ error: 'expected text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `must be at most ${max} characters` })
		.refine((value) => !/[\n\r]/.test(value), { error: 'must be a single line' })
		.describe(description);
}

/** A short paragraph of our own words. */
export function prose(description: string, options: { max?: number } = {}) {
	const max = options.max ?? 600;
	return z
		.string({ error: 'expected text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `must be at most ${max} characters` })
		.describe(description);
}

/** How a source supports a statement: its id, with an optional short quote or locator. */
export const citation = z.union(
	[
		entryId('sources', 'ap-2025-03-10-preview'),
		z.strictObject({
			source: entryId('sources', 'ap-2025-03-10-preview'),
			quote: line('A short quote from the source (a few words, never a whole sentence of ours).', {
				max: 300,
			}).optional(),
			locator: line('Where in the source, e.g. "photo caption" or "third paragraph".', {
				max: 120,
			}).optional(),
		}),
	],
	{ error: 'expected a source id, or { source, quote?, locator? }' },
);

/** A non-empty list of citations. */
export function citations(description: string) {
	return z
		.array(citation, { error: 'expected a list of source ids, e.g. [ap-2025-03-10-preview]' })
		.min(1, { error: 'cite at least one source — add its id from content/sources/' })
		.describe(description);
}

/** The source id of a citation, whichever form it was written in. */
export function citedSourceId(value: z.output<typeof citation>): string {
	return typeof value === 'string' ? value : value.source;
}
