/**
 * The pledges page: who said they would contribute what to the force, when, and how sure we are.
 * A pledge is a claim with a `pledge` object, so its status and sources are the claim's own and
 * the page can never be surer than the claims page.
 */
import {
	toSourceRefs,
	type ContentIndex,
	type Item,
	type SourceRef,
} from '../content/content-index.ts';
import { CLAIM_STATUS_TERMS } from './labels.ts';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../schema/claim.ts';
import { urls } from '../urls.ts';
import { toWhenSortKey, toWhenView, type WhenView } from '../when.ts';

/** One statement of what a participant would contribute. */
export interface PledgeView {
	/** The claim's id; `href` points at it on /claims/. */
	claimId: string;
	href: string;
	what: string;
	when: WhenView;
	status: ClaimStatus;
	statusLabel: string;
	sources: SourceRef[];
}

/** Every pledge of one participant, oldest first. */
export interface PledgeGroup {
	/** The participant's id, also the element id of its block. */
	id: string;
	name: string;
	/** The participant's own page. */
	href: string;
	pledges: PledgeView[];
}

/** The whole page. */
export interface PledgesPage {
	groups: PledgeGroup[];
	/** How many pledges there are in all. */
	total: number;
	/** How many pledges have each status, in the order of the status vocabulary; zeros left out. */
	byStatus: Array<{ status: ClaimStatus; label: string; count: number }>;
}

type PledgeClaim = Item<Claim> & { data: Claim & { pledge: NonNullable<Claim['pledge']> } };

function isPledge(claim: Item<Claim>): claim is PledgeClaim {
	return claim.data.pledge !== undefined;
}

/** A disputed claim has no `sources` of its own: its versions' sources stand for it. */
function toPledgeView(index: ContentIndex, claim: PledgeClaim): PledgeView {
	const citations =
		claim.data.sources ?? (claim.data.versions ?? []).flatMap((version) => version.sources);
	return {
		claimId: claim.id,
		href: urls.claim(claim.id),
		what: claim.data.pledge.what,
		when: toWhenView(claim.data.pledge.when),
		status: claim.data.status,
		statusLabel: CLAIM_STATUS_TERMS[claim.data.status].label,
		sources: toSourceRefs(index, citations),
	};
}

/** Pledges grouped by participant (by name), each group in date order, then by claim id. */
export function buildPledgesPage(index: ContentIndex): PledgesPage {
	const pledges = index.content.claims.filter(isPledge);
	const byParticipant = new Map<string, PledgeClaim[]>();
	for (const claim of pledges) {
		const id = claim.data.pledge.participant;
		byParticipant.set(id, [...(byParticipant.get(id) ?? []), claim]);
	}
	const groups = [...byParticipant]
		.map(([id, claims]) => {
			const participant = index.getParticipant(id);
			const sorted = [...claims].sort(
				(a, b) =>
					toWhenSortKey(a.data.pledge.when) - toWhenSortKey(b.data.pledge.when) ||
					a.id.localeCompare(b.id),
			);
			return {
				id,
				name: participant.data.name,
				href: urls.participant(id),
				pledges: sorted.map((claim) => toPledgeView(index, claim)),
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
	const byStatus = CLAIM_STATUSES.flatMap((status) => {
		const count = pledges.filter((claim) => claim.data.status === status).length;
		return count === 0 ? [] : [{ status, label: CLAIM_STATUS_TERMS[status].label, count }];
	});
	return { groups, total: pledges.length, byStatus };
}
