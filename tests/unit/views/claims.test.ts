import { describe, expect, it } from 'vitest';
import {
	getClaimSectionLinks,
	getConfirmedClaims,
	getCorrections,
	groupClaims,
} from '../../../src/lib/views/claims.ts';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

const index = indexContent(sampleContent());

describe('groupClaims', () => {
	it('groups by status in a fixed order, each in story order', () => {
		expect(
			groupClaims(index).map((group) => [
				group.id,
				group.heading,
				group.claims.map((claim) => claim.id),
			]),
		).toEqual([
			['status-confirmed', 'Confirmed', ['meeting-held', 'us-absent']],
			['status-reported', 'Reported', ['no-event']],
			['status-disputed', 'Disputed', ['count']],
			['status-unconfirmed', 'Unconfirmed', ['founding-wrong']],
		]);
	});

	it('shows every version of a disputed claim with its own sources', () => {
		const disputed = groupClaims(index).find((group) => group.status === 'disputed')?.claims[0];
		expect(disputed?.sources).toEqual([]);
		expect(disputed?.versions).toEqual([
			{
				statement: 'More than 30.',
				sources: [{ id: 'wire-a', href: '/sources/#wire-a', label: 'AP (via WKMG)' }],
			},
			{
				statement: '34.',
				sources: [
					{ id: 'outlet-b', href: '/sources/#outlet-b', label: 'Le Monde', quote: 'trente-quatre' },
				],
			},
		]);
	});

	it('says which source a claim corrects, and what it said', () => {
		const claim = groupClaims(index).at(-1)?.claims[0];
		expect(claim?.corrects).toEqual({
			source: { id: 'founding', href: '/sources/#founding', label: 'Espreso' },
			said: 'It gave the wrong month.',
		});
	});
});

describe('corrections and what we know', () => {
	it('lists the claims that correct the founding article', () => {
		expect(getCorrections(index, 'founding')).toEqual([
			{
				id: 'founding-wrong',
				href: '/claims/#founding-wrong',
				said: 'It gave the wrong month.',
				statement: 'The remark was made on 23 January.',
				statusLabel: 'Unconfirmed',
			},
		]);
	});

	it('takes the confirmed claims of an event in the order the event lists them', () => {
		expect(getConfirmedClaims(index, '2025-03-11-meeting', 5).map((claim) => claim.id)).toEqual([
			'meeting-held',
			'us-absent',
		]);
		expect(getConfirmedClaims(index, '2025-03-11-meeting', 1)).toEqual([
			{ id: 'meeting-held', href: '/claims/#meeting-held', label: 'The meeting was held.' },
		]);
	});
});

describe('getClaimSectionLinks', () => {
	it('links each status with its count, then the corrections when there are any', () => {
		const groups = groupClaims(index);
		expect(getClaimSectionLinks(groups, getCorrections(index, 'founding'))).toEqual([
			{ href: '#status-confirmed', label: 'Confirmed (2)' },
			{ href: '#status-reported', label: 'Reported (1)' },
			{ href: '#status-disputed', label: 'Disputed (1)' },
			{ href: '#status-unconfirmed', label: 'Unconfirmed (1)' },
			{ href: '#corrections', label: 'Corrections of the founding article (1)' },
		]);
		expect(getClaimSectionLinks(groups, []).map((link) => link.href)).not.toContain('#corrections');
	});
});
