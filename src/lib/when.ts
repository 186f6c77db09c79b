/**
 * Dates as precise as the sources allow (see schema/when.ts): the phrase readers see, the value a
 * `<time datetime>` may honestly carry, the order of the timeline and its month groups.
 *
 * Formatting itself stays in dates.ts (UTC for date-only values); this module only chooses what to
 * format. The rule for `datetime` is: never more precise than the sources. "About 23 January" is a
 * month for machines, "after March 2025" is no date at all, and the visible phrase says the rest.
 */
import { formatDay, formatMonth, toIsoDate, toIsoMonth, toIsoYear } from './dates.ts';
import type { When } from './schema/when.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The phrase readers see, e.g. "11 March 2025", "December 2024", "about 23 January 2025". */
export function formatWhen(when: When): string {
	switch (when.precision) {
		case 'day':
			return when.label ?? formatDay(when.date);
		case 'month':
			return when.label ?? formatMonth(when.date);
		case 'range':
			return when.label ?? formatDayRange(when.date, when.end);
		case 'approximate':
		case 'before':
		case 'after':
			return when.label;
	}
}

/**
 * Two days as one phrase: "3–5 March 2025", "28 February – 3 March 2025",
 * "30 December 2024 – 2 January 2025".
 */
export function formatDayRange(start: Date, end: Date): string {
	const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
	if (toIsoDate(start) === toIsoDate(end)) return formatDay(end);
	if (sameYear && start.getUTCMonth() === end.getUTCMonth()) {
		return `${start.getUTCDate()}–${formatDay(end)}`;
	}
	// formatDay always ends with " YYYY"; drop it from the first day when both share the year.
	const first = sameYear ? formatDay(start).replace(/ \d{4}$/, '') : formatDay(start);
	return `${first} – ${formatDay(end)}`;
}

/**
 * The value for `<time datetime>`, as precise as the sources and no more: a day, a month, a year
 * (a range within one year), or undefined when no machine-readable date is true (before/after, or
 * a range across years). An approximate day gives its month.
 */
export function toWhenDatetime(when: When): string | undefined {
	switch (when.precision) {
		case 'day':
			return toIsoDate(when.date);
		case 'month':
		case 'approximate':
			return toIsoMonth(when.date);
		case 'range': {
			if (toIsoDate(when.date) === toIsoDate(when.end)) return toIsoDate(when.date);
			if (toIsoMonth(when.date) === toIsoMonth(when.end)) return toIsoMonth(when.date);
			const year = when.date.getUTCFullYear();
			return year === when.end.getUTCFullYear() ? String(year) : undefined;
		}
		case 'before':
		case 'after':
			return undefined;
	}
}

/**
 * The date a data download carries beside `precision` and the phrase: as precise as the sources
 * and no more. A day, or a range's first day (its `end` goes in a column of its own); a month for
 * a month, and for an approximate date, whose day is only an estimate for ordering; the bound of
 * a before/after date exactly as written (`2025-03` for "after March 2025"), to be read with the
 * precision, since it is not the date itself.
 */
export function toWhenDateText(when: When): string {
	switch (when.precision) {
		case 'day':
		case 'range':
			return toIsoDate(when.date);
		case 'month':
		case 'approximate':
			return toIsoMonth(when.date);
		case 'before':
		case 'after':
			return toBoundText(when);
	}
}

type BoundWhen = Extract<When, { precision: 'before' | 'after' }>;

/** A before/after bound as written in the content file: `2025-03-11`, `2025-03` or `2025`. */
function toBoundText(when: BoundWhen): string {
	if (when.unit === 'year') return toIsoYear(when.date);
	if (when.unit === 'month') return toIsoMonth(when.date);
	return toIsoDate(when.date);
}

/** The last day a before/after bound covers: the day itself, or the end of its month or year. */
function toBoundLastDay(when: BoundWhen): Date {
	const year = when.date.getUTCFullYear();
	if (when.unit === 'year') return new Date(Date.UTC(year, 11, 31));
	if (when.unit === 'month') return new Date(Date.UTC(year, when.date.getUTCMonth() + 1, 0));
	return when.date;
}

/** A short note on how precise the date is, shown next to it; undefined for a known day. */
export function describePrecision(when: When): string | undefined {
	switch (when.precision) {
		case 'day':
			return undefined;
		case 'month':
			return 'day not given by the sources';
		case 'approximate':
			return 'approximate date';
		case 'range':
			return 'exact day not known';
		case 'before':
		case 'after':
			return 'exact date not known';
	}
}

/**
 * A number to sort by: the day in milliseconds; "before" a bound sorts just ahead of the events
 * of its first day, "after" just behind those of its last day ("after March 2025" follows every
 * March event), a month at its first day, a range at its start.
 */
export function toWhenSortKey(when: When): number {
	if (when.precision === 'before') return when.date.getTime() - DAY_MS / 2;
	if (when.precision === 'after') return toBoundLastDay(when).getTime() + DAY_MS / 2;
	return when.date.getTime();
}

/** Oldest first; ties (two events on one day) by id, so the order never depends on file order. */
export function byWhen(a: { id: string; data: { when: When } }, b: typeof a): number {
	return toWhenSortKey(a.data.when) - toWhenSortKey(b.data.when) || a.id.localeCompare(b.id);
}

/** The heading a date files under on the timeline. */
export interface PeriodGroup {
	/** Stable key; the same for every date in the group, e.g. `month-2025-03` or `after-2025-03`. */
	key: string;
	/** e.g. "March 2025", or "After March 2025" for an open-ended date. */
	heading: string;
	/** For `<time datetime>` in the heading; undefined when the heading is not a month. */
	datetime?: string;
}

/**
 * The month a date belongs to. "Before" and "after" dates get a group of their own under their
 * label: filing "after March 2025" under March, or under April, would state a month the sources
 * do not give.
 */
export function toPeriodGroup(when: When): PeriodGroup {
	if (when.precision === 'before' || when.precision === 'after') {
		return {
			key: `${when.precision}-${toBoundText(when)}`,
			heading: upperFirst(when.label),
		};
	}
	const month = toIsoMonth(when.date);
	return { key: `month-${month}`, heading: formatMonth(when.date), datetime: month };
}

/**
 * Splits a sorted list into runs that share a period, in order. A period that appears again after
 * an open-ended group (March, "before 11 March", March) keeps its heading with "(continued)" and
 * gets a distinct id.
 */
export function groupByPeriod<T>(
	sorted: readonly T[],
	whenOf: (item: T) => When,
): Array<PeriodGroup & { id: string; items: T[] }> {
	const groups: Array<PeriodGroup & { id: string; items: T[] }> = [];
	const seen = new Map<string, number>();
	for (const item of sorted) {
		const period = toPeriodGroup(whenOf(item));
		const last = groups.at(-1);
		if (last && last.key === period.key) {
			last.items.push(item);
			continue;
		}
		const count = (seen.get(period.key) ?? 0) + 1;
		seen.set(period.key, count);
		groups.push({
			...period,
			...(count > 1 ? { heading: `${period.heading} (continued)` } : {}),
			id: count > 1 ? `${period.key}-${count}` : period.key,
			items: [item],
		});
	}
	return groups;
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Everything a template needs to print a date honestly. */
export interface WhenView {
	/** The phrase readers see. */
	text: string;
	/** For `<time datetime>`; undefined means print the phrase without a `<time>`. */
	datetime?: string;
	/** How precise the date is, when it is not a known day. */
	note?: string;
}

/** The phrase, machine value and precision note of a date, for templates. */
export function toWhenView(when: When): WhenView {
	const view: WhenView = { text: formatWhen(when) };
	const datetime = toWhenDatetime(when);
	const note = describePrecision(when);
	if (datetime !== undefined) view.datetime = datetime;
	if (note !== undefined) view.note = note;
	return view;
}
