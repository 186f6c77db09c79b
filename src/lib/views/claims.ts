/**
 * Claims for readers: grouped by how sure we are, disputed ones with every version and its
 * sources, and the corrections of the founding article.
 */
import {
	toArticleLinks,
	toEventLinks,
	toParticipantLinks,
	toSourceRefs,
	type ContentIndex,
	type Item,
	type Link,
	type SourceRef,
} from '../content/content-index.ts';
import { CLAIM_STATUS_TERMS } from './labels.ts';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../schema/claim.ts';
import { urls } from '../urls.ts';
import { toWhenSortKey } from '../when.ts';
import { ITEM_ARTICLE_LIMIT, takeFirst } from './pagination.ts';

/** One claim as the claims page prints it. */
export interface ClaimView {
	/** The claim id, also the element id that `urls.claim(id)` points at. */
	id: string;
	statement: string;
	status: ClaimStatus;
	statusLabel: string;
	/** Sources of an undisputed claim; empty for a disputed one (see `versions`). */
	sources: SourceRef[];
	/** Every account of a disputed claim, each with its own sources. */
	versions: Array<{ statement: string; sources: SourceRef[] }>;
	events: Link[];
	participants: Link[];
	/** The newest articles about the claim, at most ITEM_ARTICLE_LIMIT. */
	articles: Link[];
	/** How many more articles are about it. */
	moreArticles: number;
	/** When the claim corrects a source: that source, and what it said. */
	corrects?: { source: SourceRef; said: string };
}

/** Claims of one status. */
export interface ClaimGroup {
	/** Element id of the group heading, e.g. `status-disputed`. */
	id: string;
	status: ClaimStatus;
	heading: string;
	meaning: string;
	claims: ClaimView[];
}

/** A correction of the founding article: what it said, and what the sources show. */
export interface CorrectionView {
	id: string;
	href: string;
	said: string;
	statement: string;
	statusLabel: string;
}

/** A claim, ready to print. */
export function toClaimView(index: ContentIndex, claim: Item<Claim>): ClaimView {
	const { data } = claim;
	const articles = takeFirst(index.articlesAboutClaim(claim.id), ITEM_ARTICLE_LIMIT);
	const view: ClaimView = {
		id: claim.id,
		statement: data.statement,
		status: data.status,
		statusLabel: CLAIM_STATUS_TERMS[data.status].label,
		sources: toSourceRefs(index, data.sources ?? []),
		versions: (data.versions ?? []).map((version) => ({
			statement: version.statement,
			sources: toSourceRefs(index, version.sources),
		})),
		events: toEventLinks(index, data.events),
		participants: toParticipantLinks(index, data.participants),
		articles: toArticleLinks(articles.items),
		moreArticles: articles.more,
	};
	if (data.corrects) {
		view.corrects = {
			source: toSourceRefs(index, [data.corrects.source])[0] ?? {
				id: data.corrects.source,
				href: urls.source(data.corrects.source),
				label: data.corrects.source,
			},
			said: data.corrects.said,
		};
	}
	return view;
}

/**
 * Orders claims as the story runs: by the earliest event they are about, then by id; claims about
 * no event come last.
 */
export function byStoryOrder(index: ContentIndex) {
	const keyOf = (claim: Item<Claim>) =>
		Math.min(...claim.data.events.map((id) => toWhenSortKey(index.getEvent(id).data.when)));
	return (a: Item<Claim>, b: Item<Claim>): number =>
		keyOf(a) - keyOf(b) || a.id.localeCompare(b.id);
}

/** Every claim, in groups by status (confirmed, reported, disputed, unconfirmed); empty groups left out. */
export function groupClaims(index: ContentIndex): ClaimGroup[] {
	const sorted = [...index.content.claims].sort(byStoryOrder(index));
	return CLAIM_STATUSES.flatMap((status) => {
		const claims = sorted.filter((claim) => claim.data.status === status);
		if (claims.length === 0) return [];
		return [
			{
				id: `status-${status}`,
				status,
				heading: CLAIM_STATUS_TERMS[status].label,
				meaning: CLAIM_STATUS_TERMS[status].meaning,
				claims: claims.map((claim) => toClaimView(index, claim)),
			},
		];
	});
}

/** Claims that correct the given source (the founding article), in story order. */
export function getCorrections(index: ContentIndex, sourceId: string): CorrectionView[] {
	return index.content.claims
		.filter((claim) => claim.data.corrects?.source === sourceId)
		.sort(byStoryOrder(index))
		.map((claim) => ({
			id: claim.id,
			href: urls.claim(claim.id),
			said: claim.data.corrects?.said ?? '',
			statement: claim.data.statement,
			statusLabel: CLAIM_STATUS_TERMS[claim.data.status].label,
		}));
}

/** The claims page's section on corrections: its anchor and heading, one name for both uses. */
export const CORRECTIONS_SECTION = {
	id: 'corrections',
	heading: 'Corrections of the founding article',
} as const;

/** The claims page's links to its sections: each status with its count, then the corrections. */
export function getClaimSectionLinks(
	groups: readonly ClaimGroup[],
	corrections: readonly CorrectionView[],
): Link[] {
	const { id, heading } = CORRECTIONS_SECTION;
	return [
		...groups.map((group) => ({
			href: `#${group.id}`,
			label: `${group.heading} (${group.claims.length})`,
		})),
		...(corrections.length === 0
			? []
			: [{ href: `#${id}`, label: `${heading} (${corrections.length})` }]),
	];
}

/**
 * What we know about an event: its confirmed claims, in the order the event lists them.
 * @param limit how many to return at most.
 */
export function getConfirmedClaims(
	index: ContentIndex,
	eventId: string,
	limit: number,
): Array<Link & { id: string }> {
	return index
		.getEvent(eventId)
		.data.claims.map((id) => index.getClaim(id))
		.filter((claim) => claim.data.status === 'confirmed')
		.slice(0, limit)
		.map((claim) => ({ id: claim.id, href: urls.claim(claim.id), label: claim.data.statement }));
}
