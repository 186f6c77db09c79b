/**
 * The timeline: every event, oldest first, in month groups, each with the links a reader follows
 * from it (its sources, the articles about it, its participants). Templates only print this.
 */
import {
	toArticleLinks,
	toParticipantLinks,
	toSourceRefs,
	type ContentIndex,
	type Item,
	type Link,
	type SourceRef,
} from '../content/content-index.ts';
import { EVENT_STATUS_TERMS } from './labels.ts';
import type { Event, EventStatus } from '../schema/event.ts';
import { urls } from '../urls.ts';
import { byWhen, groupByPeriod, toWhenView, type WhenView } from '../when.ts';
import { ITEM_ARTICLE_LIMIT, takeFirst } from './pagination.ts';

/** One event as the timeline prints it. */
export interface TimelineEntry {
	/** The event id, also the element id that `urls.event(id)` points at. */
	id: string;
	title: string;
	summary: string;
	when: WhenView;
	status: EventStatus;
	statusLabel: string;
	location?: string;
	participants: Link[];
	/** The newest articles about the event, at most ITEM_ARTICLE_LIMIT. */
	articles: Link[];
	/** How many more articles are about it. */
	moreArticles: number;
	sources: SourceRef[];
	/** The event's column in the attendance matrix, when it records who attended. */
	attendance?: Link;
}

/** A month (or an open-ended period) of the timeline. */
export interface TimelineGroup {
	/** Element id of the group heading, e.g. `month-2025-03`. */
	id: string;
	heading: string;
	datetime?: string;
	entries: TimelineEntry[];
}

/** One event as the timeline prints it. */
export function toTimelineEntry(index: ContentIndex, event: Item<Event>): TimelineEntry {
	const { data } = event;
	const articles = takeFirst(index.articlesAboutEvent(event.id), ITEM_ARTICLE_LIMIT);
	const entry: TimelineEntry = {
		id: event.id,
		title: data.title,
		summary: data.summary,
		when: toWhenView(data.when),
		status: data.status,
		statusLabel: EVENT_STATUS_TERMS[data.status].label,
		participants: toParticipantLinks(index, data.participants),
		articles: toArticleLinks(articles.items),
		moreArticles: articles.more,
		sources: toSourceRefs(index, data.sources),
	};
	if (data.location) entry.location = data.location;
	if (data.attendance.length > 0) {
		entry.attendance = {
			href: urls.attendanceMeeting(event.id),
			// The fixture site's one-record meeting showed "(1 records)".
			label: `Who attended (${data.attendance.length} ${data.attendance.length === 1 ? 'record' : 'records'})`,
		};
	}
	return entry;
}

/** Every event, oldest first, grouped by month. */
export function buildTimeline(index: ContentIndex): TimelineGroup[] {
	const sorted = [...index.content.events].sort(byWhen);
	return groupByPeriod(sorted, (event) => event.data.when).map((group) => {
		const timelineGroup: TimelineGroup = {
			id: group.id,
			heading: group.heading,
			entries: group.items.map((event) => toTimelineEntry(index, event)),
		};
		if (group.datetime !== undefined) timelineGroup.datetime = group.datetime;
		return timelineGroup;
	});
}
