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
import { byPublishedDesc } from './articles.ts';
import { toWaybackLookupUrl } from './archive/wayback-urls.ts';
import { formatDay, toIsoDate } from './dates.ts';
import type { FeedEntry } from './feeds.ts';
import { escapeHtml, toFeedHtml } from './feed-html.ts';
import { EVENT_STATUS_TERMS } from './labels.ts';
import type { Article } from './schema/article.ts';
import type { Event } from './schema/event.ts';
import { citedSourceId } from './schema/shared.ts';
import type { Source } from './schema/source.ts';
import { toAbsoluteUrl, urls } from './urls.ts';
import { formatWhen } from './when.ts';

/** Looks a participant's name up by id (the id itself when unknown). */
export type NameOf = (participantId: string) => string;

const time = (date: Date) => `<time datetime="${toIsoDate(date)}">${formatDay(date)}</time>`;

/**
 * The item of one article.
 * @param bodyHtml the article body as Astro rendered it (entry.rendered.html), with its references
 * @param site the site's absolute origin, e.g. SITE.url
 */
export function toArticleEntry(
	article: { id: string; data: Article; bodyHtml: string },
	nameOf: NameOf,
	site: string,
): FeedEntry {
	const { id, data } = article;
	const link = toAbsoluteUrl(urls.article(id), site);
	const updated =
		data.updated && data.updated.getTime() > data.published.getTime() ? data.updated : undefined;
	const dates = `Published ${time(data.published)}${updated ? `. Updated ${time(updated)}` : ''}.`;
	const corrections =
		data.corrections.length === 0
			? ''
			: `<h2>Corrections</h2><ul>${data.corrections
					.map((correction) => `<li>${time(correction.date)}: ${escapeHtml(correction.note)}</li>`)
					.join('')}</ul>`;
	const html = `<p><em>${escapeHtml(data.standfirst)}</em></p><p>${dates}</p>${corrections}${article.bodyHtml}`;
	return {
		link,
		title: data.title,
		summary: data.standfirst,
		contentHtml: toFeedHtml(html, link),
		published: data.published,
		...(updated ? { updated } : {}),
		categories: [...new Set([...data.tags, ...data.participants.map(nameOf)])],
	};
}

/** Items for articles, newest first by publication. */
export function toArticleEntries(
	articles: ReadonlyArray<{ id: string; data: Article; bodyHtml: string }>,
	nameOf: NameOf,
	site: string,
): FeedEntry[] {
	return [...articles]
		.sort(byPublishedDesc)
		.map((article) => toArticleEntry(article, nameOf, site));
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

function sourceItem(id: string, source: Source | undefined): string {
	if (!source) return `<li>${escapeHtml(id)}</li>`;
	const publisher = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
	const title = source.titleIsQuoted ? `“${source.title}”` : source.title;
	const date = source.published === 'unknown' ? 'date unknown' : time(source.published);
	const links = [
		source.url ? `<a href="${escapeHtml(source.url)}">Original</a>` : 'Address not known',
		source.archived
			? `<a href="${escapeHtml(source.archived)}">Archived copy</a>`
			: source.url
				? `<a href="${escapeHtml(toWaybackLookupUrl(source.url))}">Look it up in the Wayback Machine</a>`
				: 'No archived copy',
	].join(' · ');
	return `<li><strong>${escapeHtml(publisher)}</strong>: ${escapeHtml(title)}, ${date}. ${links}.</li>`;
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
	const facts = [
		escapeHtml(formatWhen(data.when)),
		EVENT_STATUS_TERMS[data.status].label,
		data.location && escapeHtml(data.location),
	]
		.filter(Boolean)
		.join(' · ');
	const names = data.participants.map(nameOf);
	const html = [
		`<p><strong>${facts}</strong></p>`,
		`<p>${escapeHtml(data.summary)}</p>`,
		names.length > 0 ? `<p>Participants: ${names.map(escapeHtml).join(', ')}.</p>` : '',
		`<h2>Sources</h2><ol>${data.sources.map((citation) => sourceItem(citedSourceId(citation), sourceOf(citedSourceId(citation)))).join('')}</ol>`,
		`<p>Last checked against its sources on ${time(checked)}. <a href="${escapeHtml(urls.event(id))}">See it on the timeline</a>.</p>`,
	].join('');
	return {
		link,
		title: data.title,
		summary: data.summary,
		contentHtml: toFeedHtml(html, link),
		published: checked,
		categories: [...new Set(names)],
	};
}

/** Items for events: most recently checked first, then latest event first, then by id. */
export function toEventEntries(
	events: ReadonlyArray<{ id: string; data: Event }>,
	nameOf: NameOf,
	sourceOf: (id: string) => Source | undefined,
	site: string,
): FeedEntry[] {
	return events
		.map((event) => ({ event, entry: toEventEntry(event, nameOf, sourceOf, site) }))
		.sort(
			(a, b) =>
				b.entry.published.getTime() - a.entry.published.getTime() ||
				b.event.data.when.date.getTime() - a.event.data.when.date.getTime() ||
				a.event.id.localeCompare(b.event.id),
		)
		.map(({ entry }) => entry);
}
