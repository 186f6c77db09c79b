/**
 * Corrections and `updated` tell readers when an article last changed, so they must agree: an
 * article with a correction has an `updated` day no earlier than the correction, and neither is
 * after today (a future date would claim a change that has not happened yet).
 */
import { formatDay, toIsoDate } from '../dates.ts';
import type { ContentSet } from '../content/entries.ts';
import type { Problem } from './problem.ts';
import { problem } from './rules.ts';

/** Every correction needs `updated` on or after its date; no correction is dated after `today`. */
export function checkCorrectionDates(content: ContentSet, today: Date): Problem[] {
	return content.articles.flatMap((entry) => {
		const { updated, corrections } = entry.data;
		const found: Problem[] = [];
		corrections.forEach((correction, index) => {
			if (correction.date > today) {
				found.push(
					problem(
						entry,
						['corrections', index, 'date'],
						`is after today (${formatDay(today)}) — use the day the correction was made`,
					),
				);
			}
		});
		if (corrections.length === 0) return found;
		// Corrections are written oldest first, but the rule should not depend on it.
		const latestIndex = corrections.reduce(
			(best, correction, index) =>
				correction.date > (corrections[best]?.date ?? correction.date) ? index : best,
			0,
		);
		const latest = corrections[latestIndex] ?? corrections[0];
		// A correction dated in the future is the mistake; `updated` is judged against real days.
		if (!latest || latest.date > today) return found;
		if (!updated) {
			found.push(
				problem(
					entry,
					['corrections', latestIndex, 'date'],
					`has no \`updated\` to match — add updated: ${toIsoDate(latest.date)} under published`,
				),
			);
		} else if (updated < latest.date) {
			found.push(
				problem(
					entry,
					['updated'],
					`is before the latest correction (${formatDay(latest.date)}) — set updated: ${toIsoDate(latest.date)}`,
				),
			);
		}
		return found;
	});
}
