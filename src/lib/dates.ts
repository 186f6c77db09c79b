/**
 * Every date the site parses or prints goes through this module.
 * Date-only values are UTC midnights and are formatted in UTC, so a day never shifts with the
 * machine's or the reader's time zone; timestamps are formatted in an explicit zone.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';

const inUtc = { in: tz('UTC') };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a UTC-midnight Date, or returns undefined if it is not a real calendar day. */
export function parseIsoDate(text: string): Date | undefined {
	const match = ISO_DATE.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 30 February over to 2 March; a round trip catches it.
	const isSameDay =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return isSameDay ? date : undefined;
}

/** Parses `YYYY-MM` into the UTC-midnight Date of the month's first day, or undefined. */
export function parseIsoMonth(text: string): Date | undefined {
	const match = ISO_MONTH.exec(text);
	if (!match) return undefined;
	const [year, month] = [Number(match[1]), Number(match[2])];
	if (month < 1 || month > 12) return undefined;
	return new Date(Date.UTC(year, month - 1, 1));
}

/** Parses `YYYY` into the UTC-midnight Date of 1 January of that year, or undefined. */
export function parseIsoYear(text: string): Date | undefined {
	if (!/^\d{4}$/.test(text)) return undefined;
	return new Date(Date.UTC(Number(text), 0, 1));
}

/** `2025-03-11`: the value for `<time datetime>` of a date-only value. */
export function toIsoDate(date: Date): string {
	return format(date, 'yyyy-MM-dd', inUtc);
}

/** `2025-03`: the value for `<time datetime>` of a month. */
export function toIsoMonth(date: Date): string {
	return format(date, 'yyyy-MM', inUtc);
}

/** `2025`: a year, as a machine-readable date. */
export function toIsoYear(date: Date): string {
	return format(date, 'yyyy', inUtc);
}

/** `11 March 2025`: a date-only value as readers see it. */
export function formatDay(date: Date): string {
	return remember(days, date, () => format(date, 'd MMMM yyyy', inUtc));
}

/** `March 2025`. */
export function formatMonth(date: Date): string {
	return remember(months, date, () => format(date, 'MMMM yyyy', inUtc));
}

// A build formats the same few hundred days thousands of times (every article card, reference and
// feed item), and date-fns works out the zone's offset each time: keep each day's text once.
const days = new Map<number, string>();
const months = new Map<number, string>();

function remember(memo: Map<number, string>, date: Date, make: () => string): string {
	const key = date.getTime();
	let text = memo.get(key);
	if (text === undefined) memo.set(key, (text = make()));
	return text;
}

/**
 * A timestamp in the given IANA zone, e.g. `11 March 2025, 14:05 CET`.
 * @param timeZone an IANA zone such as "Europe/Paris"; never the process zone.
 */
export function formatTimestamp(date: Date, timeZone: string): string {
	return format(date, "d MMMM yyyy, HH:mm 'UTC'xxx", { in: tz(timeZone) });
}

/** Today's date (a UTC midnight) in the given zone, for "today" in scaffolds and checks. */
export function todayIn(now: Date, timeZone: string): Date {
	const text = format(now, 'yyyy-MM-dd', { in: tz(timeZone) });
	return parseIsoDate(text) ?? now;
}
