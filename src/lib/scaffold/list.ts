/**
 * `npm run new -- --list <kind>`: the ids a contributor can refer to, each with what identifies it
 * (a source's publisher, date and title; an event's date and title …), filtered by a word or a day.
 * A source "about 12 March" is often one with `published: unknown`, so a day also matches the
 * sources, participants and claims of that day's events.
 */
import { formatDay, toIsoDate } from '../dates.ts';
import type { ContentSet, Entry } from '../content/entries.ts';
import type { CollectionName } from '../content/layout.ts';
import type { Event } from '../schema/event.ts';
import { citedSourceId } from '../schema/shared.ts';
import { formatWhen } from '../when.ts';

export interface ListFilter {
	/** Kept when the id or the description contains it, ignoring case. */
	word?: string;
	/** YYYY-MM-DD: kept when dated that day, or tied to an event of that day. */
	date?: string;
}

/** One printed line per id: the id, padded, then what it is. */
export function listEntries(
	collection: CollectionName,
	ids: Iterable<string>,
	content: ContentSet,
	filter: ListFilter = {},
): string[] {
	const described = new Map(describeAll(collection, content));
	const onDay = filter.date === undefined ? undefined : idsOnDay(collection, content, filter.date);
	const word = filter.word?.toLowerCase();
	const rows = [...ids]
		.sort()
		.map((id) => ({
			id,
			text: described.get(id) ?? '(has problems: run npm run check:content)',
		}))
		.filter((row) => !onDay || onDay.has(row.id))
		.filter((row) => !word || `${row.id} ${row.text}`.toLowerCase().includes(word));
	const width = Math.max(0, ...rows.map((row) => row.id.length));
	return rows.map((row) => `${row.id.padEnd(width)}  ${row.text}`);
}

function describeAll(collection: CollectionName, content: ContentSet): Array<[string, string]> {
	const pairs = <T>(entries: Array<Entry<T>>, describe: (data: T) => string) =>
		entries.map((entry): [string, string] => [entry.id, describe(entry.data)]);
	switch (collection) {
		case 'sources':
			return pairs(content.sources, (source) => {
				const day = source.published === 'unknown' ? 'date unknown' : formatDay(source.published);
				return `${source.publisher}, ${day}: ${source.title}`;
			});
		case 'events':
			return pairs(content.events, (event) => `${formatWhen(event.when)}: ${event.title}`);
		case 'participants':
			return pairs(
				content.participants,
				(participant) => `${participant.name} (${participant.kind})`,
			);
		case 'claims':
			return pairs(content.claims, (claim) => `${claim.status}: ${claim.statement}`);
		case 'articles':
			return pairs(
				content.articles,
				(article) => `${formatDay(article.published)}: ${article.title}`,
			);
	}
}

/** Whether an event is on `day`: its day, or a range that includes it. Vaguer dates are not. */
function isOnDay(event: Event, day: string): boolean {
	const { when } = event;
	if (when.precision === 'day') return toIsoDate(when.date) === day;
	if (when.precision === 'range') return toIsoDate(when.date) <= day && day <= toIsoDate(when.end);
	return false;
}

/** The ids of `collection` dated `day`, or tied to an event on that day. */
function idsOnDay(collection: CollectionName, content: ContentSet, day: string): Set<string> {
	const events = content.events.filter((entry) => isOnDay(entry.data, day));
	const eventIds = new Set(events.map((entry) => entry.id));
	switch (collection) {
		case 'events':
			return eventIds;
		case 'articles':
			return new Set(
				content.articles
					.filter(
						(entry) =>
							toIsoDate(entry.data.published) === day ||
							entry.data.events.some((id) => eventIds.has(id)),
					)
					.map((entry) => entry.id),
			);
		case 'sources':
			return new Set([
				...content.sources
					.filter(
						(entry) =>
							entry.data.published !== 'unknown' && toIsoDate(entry.data.published) === day,
					)
					.map((entry) => entry.id),
				...events.flatMap((entry) => [
					...entry.data.sources.map(citedSourceId),
					...entry.data.attendance.flatMap((record) =>
						record.versions.flatMap((version) => version.sources.map(citedSourceId)),
					),
				]),
			]);
		case 'participants':
			return new Set(
				events.flatMap((entry) => [
					...entry.data.participants,
					...entry.data.attendance.map((record) => record.participant),
				]),
			);
		case 'claims':
			return new Set([
				...events.flatMap((entry) => entry.data.claims),
				...content.claims
					.filter((entry) => entry.data.events.some((id) => eventIds.has(id)))
					.map((entry) => entry.id),
			]);
	}
}
