/** Every reference an entry makes to another entry, with the field it is written in. */
import type { Article } from '../schema/article.ts';
import type { Claim } from '../schema/claim.ts';
import type { Event } from '../schema/event.ts';
import type { Participant } from '../schema/participant.ts';
import { citedSourceId } from '../schema/shared.ts';
import type { CollectionName } from '../content/layout.ts';

export interface Reference {
	path: PropertyKey[];
	collection: CollectionName;
	id: string;
}

type Citations = ReadonlyArray<Parameters<typeof citedSourceId>[0]>;

function ids(
	path: PropertyKey[],
	collection: CollectionName,
	values: readonly string[],
): Reference[] {
	return values.map((id, index) => ({ path: [...path, index], collection, id }));
}

function cites(path: PropertyKey[], values: Citations): Reference[] {
	return values.map((value, index) => ({
		path: typeof value === 'string' ? [...path, index] : [...path, index, 'source'],
		collection: 'sources',
		id: citedSourceId(value),
	}));
}

/** References written in an article's frontmatter (citations in the body are checked with the body). */
export function articleReferences(article: Article): Reference[] {
	return [
		...ids(['participants'], 'participants', article.participants),
		...ids(['events'], 'events', article.events),
		...ids(['claims'], 'claims', article.claims),
	];
}

export function eventReferences(event: Event): Reference[] {
	return [
		...ids(['participants'], 'participants', event.participants),
		...ids(['claims'], 'claims', event.claims),
		...cites(['sources'], event.sources),
		...event.attendance.flatMap((record, index) => [
			{
				path: ['attendance', index, 'participant'],
				collection: 'participants' as const,
				id: record.participant,
			},
			...record.versions.flatMap((version, v) =>
				cites(['attendance', index, 'versions', v, 'sources'], version.sources),
			),
		]),
	];
}

export function participantReferences(participant: Participant): Reference[] {
	return [
		...(participant.country
			? [{ path: ['country'], collection: 'participants' as const, id: participant.country }]
			: []),
		...participant.roles.flatMap((role, index) => [
			...(role.of
				? [{ path: ['roles', index, 'of'], collection: 'participants' as const, id: role.of }]
				: []),
			...cites(['roles', index, 'sources'], role.sources),
		]),
		...participant.memberships.flatMap((membership, index) =>
			cites(['memberships', index, 'sources'], membership.sources),
		),
		...cites(['sources'], participant.sources),
	];
}

export function claimReferences(claim: Claim): Reference[] {
	return [
		...ids(['events'], 'events', claim.events),
		...ids(['participants'], 'participants', claim.participants),
		...cites(['sources'], claim.sources ?? []),
		...(claim.versions ?? []).flatMap((version, index) =>
			cites(['versions', index, 'sources'], version.sources),
		),
		...(claim.corrects
			? [
					{
						path: ['corrects', 'source'],
						collection: 'sources' as const,
						id: claim.corrects.source,
					},
				]
			: []),
	];
}
