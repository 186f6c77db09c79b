/**
 * Participants for readers: the groups of /participants/ and everything one participant's page
 * shows. Groups come from the data, never from what we happen to know: an alliance only counts
 * when a membership is recorded with sources, and "joining remotely" only when an attendance
 * record at the key meeting says so.
 */
import {
	byName,
	toArticleLinks,
	toSourceRefs,
	type ContentIndex,
	type Item,
	type Link,
	type SourceRef,
} from '../content/content-index.ts';
import { CLAIM_STATUS_TERMS, PARTICIPANT_KIND_LABELS } from './labels.ts';
import type { ClaimStatus } from '../schema/claim.ts';
import type { Participant, ParticipantKind } from '../schema/participant.ts';
import type { StoryOptions } from './story.ts';
import { urls } from '../urls.ts';
import { PARTICIPANT_ARTICLE_LIMIT } from './pagination.ts';
import { byWhen, toWhenView, type WhenView } from '../when.ts';

/** A participant in a list. */
export interface ParticipantSummary {
	id: string;
	name: string;
	href: string;
	kind: ParticipantKind;
	kindLabel: string;
	summary: string;
	/** For a person: the first role and whom it was for, e.g. "President, France". */
	role?: string;
}

/** A group of /participants/. */
export interface ParticipantGroup {
	/** Element id of the group's heading. */
	id: string;
	heading: string;
	/** How membership of the group is decided, in a sentence. */
	description?: string;
	members: ParticipantSummary[];
}

const ALLIANCE_NAMES = { nato: 'NATO', eu: 'the EU', commonwealth: 'the Commonwealth' } as const;

function isMember(participant: Participant, alliance: 'nato' | 'eu', member: boolean): boolean {
	return participant.memberships.some(
		(entry) => entry.alliance === alliance && entry.member === member,
	);
}

/** The label under a person's name: their first recorded role, or nothing. */
function toRoleLine(index: ContentIndex, participant: Participant): string | undefined {
	const role = participant.roles[0];
	if (!role) return undefined;
	return role.of ? `${role.title}, ${index.getParticipant(role.of).data.name}` : role.title;
}

/** A participant as a list item. */
export function toParticipantSummary(
	index: ContentIndex,
	participant: Item<Participant>,
): ParticipantSummary {
	const { data } = participant;
	const summary: ParticipantSummary = {
		id: participant.id,
		name: data.name,
		href: urls.participant(participant.id),
		kind: data.kind,
		kindLabel: PARTICIPANT_KIND_LABELS[data.kind],
		summary: data.summary,
	};
	const role = toRoleLine(index, data);
	if (role) summary.role = role;
	return summary;
}

/**
 * Sorts participants into groups, in this order: each of `story.ownGroups` alone; EU members
 * outside NATO; NATO members; countries expected to join the key meeting remotely; other countries
 * with an attendance record there; other countries; organisations; people. The first rule that
 * matches wins, and empty groups are left out. Within a group, by name.
 */
export function groupParticipants(
	index: ContentIndex,
	participants: ReadonlyArray<Item<Participant>>,
	story: StoryOptions,
): ParticipantGroup[] {
	const keyEvent = index.content.events.find((event) => event.id === story.keyEventId);
	const keyRecords = new Map(
		(keyEvent?.data.attendance ?? []).map((record) => [record.participant, record]),
	);
	const isCountry = (participant: Participant) => participant.kind === 'country';
	const rules: Array<{
		id: string;
		heading: string;
		description?: string;
		test: (item: Item<Participant>) => boolean;
	}> = [
		...story.ownGroups.map((group) => ({
			id: `group-${group.id}`,
			heading: group.heading,
			test: (item: Item<Participant>) => item.id === group.id,
		})),
		{
			id: 'group-eu-outside-nato',
			heading: 'EU members outside NATO',
			description: 'Countries recorded, with sources, as members of the EU but not of NATO.',
			test: ({ data }) =>
				isCountry(data) && isMember(data, 'eu', true) && isMember(data, 'nato', false),
		},
		{
			id: 'group-nato',
			heading: 'NATO members',
			description: 'Countries recorded, with sources, as members of NATO.',
			test: ({ data }) => isCountry(data) && isMember(data, 'nato', true),
		},
		{
			id: 'group-remote',
			heading: 'Partners expected to join remotely',
			description: `Countries that sources expected to follow ${story.keyEventName} remotely; the attendance matrix shows what was reported later.`,
			test: ({ id, data }) =>
				isCountry(data) &&
				(keyRecords.get(id)?.versions.some((version) => version.status === 'remote') ?? false),
		},
		{
			id: 'group-key-meeting',
			heading: 'Other countries in the attendance list',
			description: `Countries with an attendance record for ${story.keyEventName}, whether present, absent or not invited.`,
			test: ({ id, data }) => isCountry(data) && keyRecords.has(id),
		},
		{ id: 'group-countries', heading: 'Other countries', test: ({ data }) => isCountry(data) },
		{
			id: 'group-organisations',
			heading: 'Organisations',
			test: ({ data }) => data.kind === 'organisation',
		},
		{ id: 'group-people', heading: 'People', test: ({ data }) => data.kind === 'person' },
	];

	const members = new Map<string, Array<Item<Participant>>>();
	for (const participant of [...participants].sort(byName)) {
		const rule = rules.find((candidate) => candidate.test(participant));
		if (rule) members.set(rule.id, [...(members.get(rule.id) ?? []), participant]);
	}
	return rules.flatMap((rule) => {
		const list = members.get(rule.id);
		if (!list) return [];
		const group: ParticipantGroup = {
			id: rule.id,
			heading: rule.heading,
			members: list.map((item) => toParticipantSummary(index, item)),
		};
		if (rule.description) group.description = rule.description;
		return [group];
	});
}

/** One recorded role, for a person's page. */
export interface RoleView {
	title: string;
	of?: Link;
	period: string;
	sources: SourceRef[];
}

/** Everything /participants/<id>/ shows, apart from attendance (see attendance.ts). */
export interface ParticipantPage extends ParticipantSummary {
	/** For a person: the country they acted for. */
	country?: Link;
	/** For a person: roles at the time; empty means the sources state none. */
	roles: RoleView[];
	/** For a country: each recorded membership, e.g. "Member of the EU". */
	memberships: Array<{ text: string; sources: SourceRef[] }>;
	/** For a country or organisation: people recorded as acting for it. */
	people: ParticipantSummary[];
	events: Array<Link & { when: WhenView }>;
	/** The newest articles about the participant, at most PARTICIPANT_ARTICLE_LIMIT. */
	articles: Link[];
	/** How many articles are about the participant in all. */
	articleCount: number;
	/** The list of all of them, when there are more than `articles` shows. */
	allArticles?: string;
	claims: Array<Link & { status: ClaimStatus; statusLabel: string }>;
	sources: SourceRef[];
}

/** The page of one participant. */
export function buildParticipantPage(index: ContentIndex, id: string): ParticipantPage {
	const participant = index.getParticipant(id);
	const { data } = participant;
	const articles = index.articlesAboutParticipant(id);
	const page: ParticipantPage = {
		...toParticipantSummary(index, participant),
		roles: data.roles.map((role) => {
			const view: RoleView = {
				title: role.title,
				period: role.period,
				sources: toSourceRefs(index, role.sources),
			};
			if (role.of) {
				view.of = {
					href: urls.participant(role.of),
					label: index.getParticipant(role.of).data.name,
				};
			}
			return view;
		}),
		memberships: data.memberships.map((membership) => ({
			text: `${membership.member ? 'Member' : 'Not a member'} of ${ALLIANCE_NAMES[membership.alliance]}`,
			sources: toSourceRefs(index, membership.sources),
		})),
		people: [...index.peopleOf(id)]
			.sort(byName)
			.map((person) => toParticipantSummary(index, person)),
		events: [...index.eventsWithParticipant(id)].sort(byWhen).map((event) => ({
			href: urls.event(event.id),
			label: event.data.title,
			when: toWhenView(event.data.when),
		})),
		articles: toArticleLinks(articles.slice(0, PARTICIPANT_ARTICLE_LIMIT)),
		articleCount: articles.length,
		claims: [...index.claimsAboutParticipant(id)]
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((claim) => ({
				href: urls.claim(claim.id),
				label: claim.data.statement,
				status: claim.data.status,
				statusLabel: CLAIM_STATUS_TERMS[claim.data.status].label,
			})),
		sources: toSourceRefs(index, data.sources),
	};
	if (articles.length > PARTICIPANT_ARTICLE_LIMIT) page.allArticles = urls.participantArticles(id);
	if (data.country) {
		page.country = {
			href: urls.participant(data.country),
			label: index.getParticipant(data.country).data.name,
		};
	}
	return page;
}
