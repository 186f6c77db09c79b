/**
 * Turns the collections into the rows of each download. Pure functions over the same plain arrays
 * the pages get from src/data.ts, so a file cannot say something the site does not.
 */
import { byPublishedDesc } from '../content/articles.ts';
import { toIsoDate, toIsoMonth } from '../dates.ts';
import type { Article } from '../schema/article.ts';
import type { Claim } from '../schema/claim.ts';
import type { Event } from '../schema/event.ts';
import type { Participant } from '../schema/participant.ts';
import { citedSourceId, type citation } from '../schema/shared.ts';
import type { Source } from '../schema/source.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';
import type { When } from '../schema/when.ts';
import { formatWhen } from '../when.ts';
import type {
	ArticleRow,
	AttendanceRow,
	ClaimRow,
	ClaimVersionRow,
	EventRow,
	MembershipRow,
	ParticipantRow,
	RoleRow,
	SourceRow,
} from './row-schemas.ts';
import type { z } from 'astro/zod';

/** An entry as src/data.ts returns it: the id and the parsed data. */
export interface Item<T> {
	id: string;
	data: T;
}

type Citations = ReadonlyArray<z.output<typeof citation>>;

/** The date as the content file writes it: `YYYY-MM` for a month, `YYYY-MM-DD` otherwise. */
export function toWhenDateText(when: When): string {
	return when.precision === 'month' ? toIsoMonth(when.date) : toIsoDate(when.date);
}

const toSourceIds = (list: Citations | undefined): string[] => (list ?? []).map(citedSourceId);

/** Content order is not meaningful, so every file is sorted by its key columns for stable diffs. */
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** The events file: one row per event, by id (ids start with the date, so this is roughly chronological). */
export function toEventRows(events: ReadonlyArray<Item<Event>>, site: string): EventRow[] {
	return [...events].sort(byId).map(({ id, data }) => ({
		id,
		title: data.title,
		summary: data.summary,
		status: data.status,
		precision: data.when.precision,
		date: toWhenDateText(data.when),
		end: data.when.precision === 'range' ? toIsoDate(data.when.end) : null,
		label: formatWhen(data.when),
		location: data.location ?? null,
		participants: [...data.participants],
		claims: [...data.claims],
		sources: toSourceIds(data.sources),
		url: toAbsoluteUrl(urls.event(id), site),
	}));
}

/** The attendance file: one row per version of each attendance record, in the order the event lists them. */
export function toAttendanceRows(events: ReadonlyArray<Item<Event>>): AttendanceRow[] {
	return [...events].sort(byId).flatMap(({ id, data }) =>
		data.attendance.flatMap((record) =>
			record.versions.map((version, index) => ({
				event: id,
				participant: record.participant,
				version: index + 1,
				versions: record.versions.length,
				status: version.status,
				basis: version.basis,
				note: version.note ?? null,
				sources: toSourceIds(version.sources),
			})),
		),
	);
}

/** The participants file. */
export function toParticipantRows(
	participants: ReadonlyArray<Item<Participant>>,
	site: string,
): ParticipantRow[] {
	return [...participants].sort(byId).map(({ id, data }) => ({
		id,
		name: data.name,
		kind: data.kind,
		summary: data.summary,
		country: data.country ?? null,
		sources: toSourceIds(data.sources),
		url: toAbsoluteUrl(urls.participant(id), site),
	}));
}

/** The roles file: one row per role of each person, in the order the file lists them. */
export function toRoleRows(participants: ReadonlyArray<Item<Participant>>): RoleRow[] {
	return [...participants].sort(byId).flatMap(({ id, data }) =>
		data.roles.map((role) => ({
			participant: id,
			title: role.title,
			of: role.of ?? null,
			period: role.period,
			sources: toSourceIds(role.sources),
		})),
	);
}

/** The memberships file: one row per alliance membership of each country. */
export function toMembershipRows(participants: ReadonlyArray<Item<Participant>>): MembershipRow[] {
	return [...participants].sort(byId).flatMap(({ id, data }) =>
		data.memberships.map((membership) => ({
			participant: id,
			alliance: membership.alliance,
			member: membership.member,
			sources: toSourceIds(membership.sources),
		})),
	);
}

/** The sources file. */
export function toSourceRows(sources: ReadonlyArray<Item<Source>>, site: string): SourceRow[] {
	return [...sources].sort(byId).map(({ id, data }) => ({
		id,
		publisher: data.publisher,
		via: data.via ?? null,
		title: data.title,
		titleIsQuoted: data.titleIsQuoted,
		url: data.url,
		published: data.published === 'unknown' ? null : toIsoDate(data.published),
		accessed: toIsoDate(data.accessed),
		archived: data.archived,
		type: data.type,
		language: data.language,
		note: data.note ?? null,
		page: toAbsoluteUrl(urls.source(id), site),
	}));
}

/** The claims file. */
export function toClaimRows(claims: ReadonlyArray<Item<Claim>>, site: string): ClaimRow[] {
	return [...claims].sort(byId).map(({ id, data }) => ({
		id,
		statement: data.statement,
		status: data.status,
		events: [...data.events],
		participants: [...data.participants],
		sources: toSourceIds(data.sources),
		versions: data.versions?.length ?? 0,
		correctsSource: data.corrects?.source ?? null,
		correctsSaid: data.corrects?.said ?? null,
		url: toAbsoluteUrl(urls.claim(id), site),
	}));
}

/** The claim-versions file: one row per version of each disputed claim. */
export function toClaimVersionRows(claims: ReadonlyArray<Item<Claim>>): ClaimVersionRow[] {
	return [...claims].sort(byId).flatMap(({ id, data }) =>
		(data.versions ?? []).map((version, index) => ({
			claim: id,
			version: index + 1,
			statement: version.statement,
			sources: toSourceIds(version.sources),
		})),
	);
}

/**
 * The article index, newest first like the home page.
 * @param articles entries with the source ids their body cites (found once, by the content gate)
 */
export function toArticleRows(
	articles: ReadonlyArray<Item<Article> & { citedSources: readonly string[] }>,
	site: string,
): ArticleRow[] {
	return [...articles].sort(byPublishedDesc).map(({ id, data, citedSources }) => ({
		id,
		title: data.title,
		standfirst: data.standfirst,
		kind: data.kind,
		published: toIsoDate(data.published),
		updated: data.updated ? toIsoDate(data.updated) : null,
		tags: [...data.tags],
		participants: [...data.participants],
		events: [...data.events],
		claims: [...data.claims],
		sources: [...citedSources],
		corrections: data.corrections.length,
		url: toAbsoluteUrl(urls.article(id), site),
	}));
}
