/**
 * The content as plain data, indexed for the reader pages: entries by id, and who points at whom
 * (which articles cover an event, where a source is cited). Pages get their entries from
 * src/data.ts and the tests from the content gate; both have this shape, so one index serves both.
 */
import type { Article } from '../schema/article.ts';
import type { BlockedDomain } from '../schema/blocked-domain.ts';
import type { Claim } from '../schema/claim.ts';
import type { AttendanceRecord, Event } from '../schema/event.ts';
import type { Participant } from '../schema/participant.ts';
import { citedSourceId, type citation } from '../schema/shared.ts';
import type { Source } from '../schema/source.ts';
import { formatDay } from '../dates.ts';
import { urls } from '../urls.ts';
import { byWhen } from '../when.ts';
import type { z } from 'astro/zod';

/** One entry: its id (the file name) and its validated data. */
export interface Item<T> {
	id: string;
	data: T;
}

/** An article: its data, the sources its body cites (found by the gate) and, on the site, its HTML. */
export interface ArticleItem extends Item<Article> {
	/** Source ids the body cites, in order of first citation. */
	citedSources: readonly string[];
	/** The rendered body with its references, when the content loader has rendered it. */
	html?: string | undefined;
}

/** Every collection, as src/data.ts `getContent()` returns it. */
export interface Content {
	articles: readonly ArticleItem[];
	events: ReadonlyArray<Item<Event>>;
	participants: ReadonlyArray<Item<Participant>>;
	sources: ReadonlyArray<Item<Source>>;
	claims: ReadonlyArray<Item<Claim>>;
	blockedDomains: ReadonlyArray<Item<BlockedDomain>>;
}

/** A link as templates print it. */
export interface Link {
	href: string;
	label: string;
}

/** A citation as templates print it: a link to the source's entry on /sources/. */
export interface SourceRef extends Link {
	id: string;
	quote?: string;
	locator?: string;
}

/** Where a source is cited, by kind of page. */
export interface CitedIn {
	articles: Link[];
	events: Link[];
	claims: Link[];
	participants: Link[];
}

export type Citation = z.output<typeof citation>;

/** Lookups over the content. Every `get…` throws on an unknown id (the gate rules that out). */
export interface ContentIndex {
	content: Content;
	getArticle(id: string): ArticleItem;
	getEvent(id: string): Item<Event>;
	getParticipant(id: string): Item<Participant>;
	getSource(id: string): Item<Source>;
	getClaim(id: string): Item<Claim>;
	/** Articles that list the event in `events`, in the order of `content.articles`. */
	articlesAboutEvent(id: string): ArticleItem[];
	/** Articles that list the participant in `participants`. */
	articlesAboutParticipant(id: string): ArticleItem[];
	/** Articles that list the claim in `claims`. */
	articlesAboutClaim(id: string): ArticleItem[];
	/** Articles with the tag, newest first. */
	articlesTagged(tag: string): ArticleItem[];
	/** Every tag in use, most used first, then alphabetically. */
	tags: readonly string[];
	/** The articles either side of one in `content.articles` (newest first): `older` is "previous". */
	neighbours(articleId: string): { newer?: ArticleItem; older?: ArticleItem };
	/** Events that list the participant in `participants`, in the order of `content.events`. */
	eventsWithParticipant(id: string): Array<Item<Event>>;
	/** Claims that list the participant in `participants`, in the order of `content.claims`. */
	claimsAboutParticipant(id: string): Array<Item<Claim>>;
	/** People whose `country` is the participant, or who held a role `of` it. */
	peopleOf(id: string): Array<Item<Participant>>;
	/** Events that record who attended, oldest first. */
	meetings: ReadonlyArray<Item<Event>>;
	/** The participant's attendance records, one per meeting, oldest meeting first. */
	attendanceOf(id: string): Array<{ meeting: Item<Event>; record: AttendanceRecord }>;
	/** Every place a source is cited. */
	citedIn(sourceId: string): CitedIn;
	/** The source ids an article's body cites, in order of first citation (its body parsed once). */
	citedByArticle(articleId: string): string[];
}

function byId<T extends { id: string }>(items: readonly T[], collection: string) {
	const map = new Map(items.map((item) => [item.id, item]));
	return (id: string): T => {
		const item = map.get(id);
		if (!item) {
			throw new Error(
				`No entry "${id}" in content/${collection}/ — run npm run check:content to find the broken reference`,
			);
		}
		return item;
	};
}

/** By id, for lists with no better order. */
export function byItemId(a: { id: string }, b: { id: string }): number {
	return a.id.localeCompare(b.id);
}

/** By name as readers see it, then id. */
export function byName(a: Item<{ name: string }>, b: Item<{ name: string }>): number {
	return a.data.name.localeCompare(b.data.name, 'en') || byItemId(a, b);
}

/** Groups items under each key `keysOf` gives, keeping the items' order; one pass. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>) {
	const map = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keysOf(item))) {
			const group = map.get(key);
			if (group) group.push(item);
			else map.set(key, [item]);
		}
	}
	return (key: string): T[] => map.get(key) ?? [];
}

/**
 * Builds the index once per build (src/data.ts): lookups and every reverse map in one pass each,
 * so a page's work follows what it shows, not the size of the site.
 * `content.articles` must be newest first.
 */
export function indexContent(content: Content): ContentIndex {
	const getArticle = byId(content.articles, 'articles');
	const getEvent = byId(content.events, 'events');
	const getParticipant = byId(content.participants, 'participants');
	const getSource = byId(content.sources, 'sources');
	const getClaim = byId(content.claims, 'claims');

	const about = (field: 'events' | 'participants' | 'claims' | 'tags') =>
		groupBy(content.articles, (article) => article.data[field]);
	const articlesTagged = about('tags');
	const tagCounts = new Map<string, number>();
	for (const article of content.articles) {
		for (const tag of new Set(article.data.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
	}
	const tags = [...tagCounts.keys()].sort(
		(a, b) => (tagCounts.get(b) ?? 0) - (tagCounts.get(a) ?? 0) || a.localeCompare(b),
	);
	const position = new Map(content.articles.map((article, at) => [article.id, at]));
	const meetings = content.events.filter((event) => event.data.attendance.length > 0).sort(byWhen);
	const attendanceOf = groupBy(
		meetings.flatMap((meeting) => meeting.data.attendance.map((record) => ({ meeting, record }))),
		({ record }) => [record.participant],
	);

	const citations = new Map<string, CitedIn>();
	const cite = (sourceIds: Iterable<string>, kind: keyof CitedIn, link: Link) => {
		for (const sourceId of new Set(sourceIds)) {
			const entry = citations.get(sourceId) ?? {
				articles: [],
				events: [],
				claims: [],
				participants: [],
			};
			entry[kind].push(link);
			citations.set(sourceId, entry);
		}
	};
	const ids = (list: readonly Citation[] | undefined) => (list ?? []).map(citedSourceId);

	for (const article of content.articles) {
		cite(article.citedSources, 'articles', {
			href: urls.article(article.id),
			label: article.data.title,
		});
	}
	for (const event of [...content.events].sort(byWhen)) {
		const attendance = event.data.attendance.flatMap((record) =>
			record.versions.flatMap((version) => ids(version.sources)),
		);
		cite([...ids(event.data.sources), ...attendance], 'events', {
			href: urls.event(event.id),
			label: event.data.title,
		});
	}
	for (const claim of [...content.claims].sort(byItemId)) {
		const versions = (claim.data.versions ?? []).flatMap((version) => ids(version.sources));
		const corrected = claim.data.corrects ? [claim.data.corrects.source] : [];
		cite([...ids(claim.data.sources), ...versions, ...corrected], 'claims', {
			href: urls.claim(claim.id),
			label: claim.data.statement,
		});
	}
	for (const participant of [...content.participants].sort(byName)) {
		const { data } = participant;
		cite(
			[
				...ids(data.sources),
				...data.roles.flatMap((role) => ids(role.sources)),
				...data.memberships.flatMap((membership) => ids(membership.sources)),
			],
			'participants',
			{ href: urls.participant(participant.id), label: data.name },
		);
	}

	return {
		content,
		getArticle,
		getEvent,
		getParticipant,
		getSource,
		getClaim,
		articlesAboutEvent: about('events'),
		articlesAboutParticipant: about('participants'),
		articlesAboutClaim: about('claims'),
		articlesTagged,
		tags,
		neighbours: (articleId) => {
			const at = position.get(articleId);
			if (at === undefined) return {};
			const newer = content.articles[at - 1];
			const older = content.articles[at + 1];
			return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
		},
		eventsWithParticipant: groupBy(content.events, (event) => event.data.participants),
		claimsAboutParticipant: groupBy(content.claims, (claim) => claim.data.participants),
		peopleOf: groupBy(
			content.participants.filter((participant) => participant.data.kind === 'person'),
			(person) => [
				...(person.data.country ? [person.data.country] : []),
				...person.data.roles.flatMap((role) => (role.of ? [role.of] : [])),
			],
		),
		meetings,
		attendanceOf,
		citedIn: (sourceId) =>
			citations.get(sourceId) ?? { articles: [], events: [], claims: [], participants: [] },
		citedByArticle: (articleId) => [...getArticle(articleId).citedSources],
	};
}

/** How a source is named in a short citation: "AP (via WKMG)". */
export function toSourceLabel(source: Source): string {
	return source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * What tells one source from others with the same label in a list (two editions of one 112.ua
 * report): its language, else its date, else its title.
 */
function toDistinction(source: Source | undefined, twins: readonly Source[]): string {
	if (!source) return '';
	if (new Set(twins.map((twin) => twin.language)).size === twins.length) {
		return source.language === 'unknown'
			? 'language unknown'
			: (languageNames.of(source.language) ?? source.language);
	}
	const date = (twin: Source) =>
		twin.published === 'unknown' ? 'date unknown' : formatDay(twin.published);
	if (new Set(twins.map(date)).size === twins.length) return date(source);
	return source.title;
}

/**
 * Citations as links to /sources/, with their quote or locator. Sources that would read the same
 * in one list get what tells them apart.
 */
export function toSourceRefs(index: ContentIndex, citations: readonly Citation[]): SourceRef[] {
	const sources = citations.map((value) => index.getSource(citedSourceId(value)).data);
	const labels = sources.map(toSourceLabel);
	return citations.map((value, position) => {
		const id = citedSourceId(value);
		const label = labels[position] ?? id;
		const twins = sources.filter((_, other) => labels[other] === label);
		const ref: SourceRef = {
			id,
			href: urls.source(id),
			label: twins.length > 1 ? `${label} (${toDistinction(sources[position], twins)})` : label,
		};
		if (typeof value !== 'string') {
			if (value.quote) ref.quote = value.quote;
			if (value.locator) ref.locator = value.locator;
		}
		return ref;
	});
}

/** Links to participants by id, in the order given. */
export function toParticipantLinks(index: ContentIndex, ids: readonly string[]): Link[] {
	return ids.map((id) => ({
		href: urls.participant(id),
		label: index.getParticipant(id).data.name,
	}));
}

/** Links to events on the timeline, in the order given. */
export function toEventLinks(index: ContentIndex, ids: readonly string[]): Link[] {
	return ids.map((id) => ({ href: urls.event(id), label: index.getEvent(id).data.title }));
}

/** Links to articles. */
export function toArticleLinks(articles: readonly ArticleItem[]): Link[] {
	return articles.map((article) => ({ href: urls.article(article.id), label: article.data.title }));
}
