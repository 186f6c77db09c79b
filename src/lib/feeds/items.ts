/**
 * Feed items for articles and timeline events, as plain data for feeds.ts.
 *
 * An article item is the whole article: standfirst, dates, corrections and the rendered body with
 * its numbered citations and references, so a subscriber never needs the site to read or check it.
 *
 * An event item's date is the day its record was last checked: the newest `accessed` date of the
 * sources it cites (its own and its attendance records'). Events carry no date of their own for
 * "added" or "changed", and the build cannot rely on git history, but a contributor who adds an
 * event or changes one reads its sources and writes that day in `accessed`. So a new event, or one
 * changed on the strength of a new or re-read source, moves to the top of the feed with a newer
 * date; rebuilding unchanged content never changes a date. The guid stays the event's URL.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatDay, toIsoDate } from '../dates.ts';
import type { FeedEntry } from './writers.ts';
import { fromHtmlFragment, toFeedHtml } from './html.ts';
import { EVENT_STATUS_TERMS } from '../views/labels.ts';
import type { Article } from '../schema/article.ts';
import type { Event } from '../schema/event.ts';
import { citedSourceId } from '../schema/shared.ts';
import type { Source } from '../schema/source.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';
import { formatWhen } from '../when.ts';

/** Looks a participant's name up by id (the id itself when unknown). */
export type NameOf = (participantId: string) => string;

const time = (date: Date) => h('time', { dateTime: toIsoDate(date) }, formatDay(date));

/**
 * The item of one article.
 * @param article `html` is the body as the content loader rendered it, with its references
 * @param site the site's absolute origin, e.g. SITE.url
 */
export function toArticleEntry(
	article: { id: string; data: Article; html: string },
	nameOf: NameOf,
	site: string,
): FeedEntry {
	const { id, data } = article;
	const link = toAbsoluteUrl(urls.article(id), site);
	const updated =
		data.updated && data.updated.getTime() > data.published.getTime() ? data.updated : undefined;
	const nodes: ElementContent[] = [
		h('p', h('em', data.standfirst)),
		h(
			'p',
			updated
				? ['Published ', time(data.published), '. Updated ', time(updated), '.']
				: ['Published ', time(data.published), '.'],
		),
		...(data.corrections.length === 0
			? []
			: [
					h('h2', 'Corrections'),
					h(
						'ul',
						data.corrections.map((correction) =>
							h('li', [time(correction.date), `: ${correction.note}`]),
						),
					),
				]),
		...fromHtmlFragment(article.html),
	];
	return {
		link,
		title: data.title,
		summary: data.standfirst,
		contentHtml: toFeedHtml(nodes, link),
		published: data.published,
		...(updated ? { updated } : {}),
		categories: [...new Set([...data.tags, ...data.participants.map(nameOf)])],
	};
}

/** Source ids an event cites, for itself and for each attendance version, without repeats. */
export function getEventSourceIds(event: Event): string[] {
	const cited = [
		...event.sources,
		...event.attendance.flatMap((record) => record.versions.flatMap((version) => version.sources)),
	].map(citedSourceId);
	return [...new Set(cited)];
}

/**
 * The day an event's record was last checked: the newest `accessed` date among its sources
 * (see the file comment for why this is the feed date).
 */
export function getEventCheckedDate(
	event: Event,
	sourceOf: (id: string) => Source | undefined,
): Date {
	const times = getEventSourceIds(event).flatMap((id) => {
		const source = sourceOf(id);
		return source ? [source.accessed.getTime()] : [];
	});
	if (times.length === 0)
		throw new Error(`event "${event.title}" cites no known source, so it has no feed date`);
	return new Date(Math.max(...times));
}

function sourceItem(id: string, source: Source | undefined): ElementContent {
	if (!source) return h('li', id);
	const publisher = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
	const title = source.titleIsQuoted ? `“${source.title}”` : source.title;
	return h('li', [
		h('strong', publisher),
		`: ${title}, `,
		source.published === 'unknown' ? 'date unknown' : time(source.published),
		'. ',
		source.url ? h('a', { href: source.url }, 'Original') : 'Address not known',
		' · ',
		source.archived ? h('a', { href: source.archived }, 'Archived copy') : 'No archived copy yet',
		'.',
	]);
}

/** The item of one timeline event: when, status, where, what happened, who, and its sources. */
export function toEventEntry(
	event: { id: string; data: Event },
	nameOf: NameOf,
	sourceOf: (id: string) => Source | undefined,
	site: string,
): FeedEntry {
	const { id, data } = event;
	const link = toAbsoluteUrl(urls.event(id), site);
	const checked = getEventCheckedDate(data, sourceOf);
	const facts = [formatWhen(data.when), EVENT_STATUS_TERMS[data.status].label, data.location]
		.filter(Boolean)
		.join(' · ');
	const names = data.participants.map(nameOf);
	const nodes: ElementContent[] = [
		h('p', h('strong', facts)),
		h('p', data.summary),
		...(names.length > 0 ? [h('p', `Participants: ${names.join(', ')}.`)] : []),
		h('h2', 'Sources'),
		h(
			'ol',
			data.sources.map((citation) =>
				sourceItem(citedSourceId(citation), sourceOf(citedSourceId(citation))),
			),
		),
		h('p', [
			'Last checked against its sources on ',
			time(checked),
			'. ',
			h('a', { href: urls.event(id) }, 'See it on the timeline'),
			'.',
		]),
	];
	return {
		link,
		title: data.title,
		summary: data.summary,
		contentHtml: toFeedHtml(nodes, link),
		published: checked,
		categories: [...new Set(names)],
	};
}

/**
 * Items for the newest `limit` events: most recently checked first, then latest event first, then
 * by id. The order is found from the dates alone; only the events kept are converted.
 */
export function toEventEntries(
	events: ReadonlyArray<{ id: string; data: Event }>,
	nameOf: NameOf,
	sourceOf: (id: string) => Source | undefined,
	site: string,
	limit = Number.POSITIVE_INFINITY,
): FeedEntry[] {
	return events
		.map((event) => ({ event, checked: getEventCheckedDate(event.data, sourceOf).getTime() }))
		.sort(
			(a, b) =>
				b.checked - a.checked ||
				b.event.data.when.date.getTime() - a.event.data.when.date.getTime() ||
				a.event.id.localeCompare(b.event.id),
		)
		.slice(0, limit)
		.map(({ event }) => toEventEntry(event, nameOf, sourceOf, site));
}
