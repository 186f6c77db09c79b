import { describe, expect, it } from 'vitest';
import { indexContent, type Content } from '../../../src/lib/content/content-index.ts';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { participantSchema } from '../../../src/lib/schema/participant.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';
import { buildPledgesPage } from '../../../src/lib/views/pledges.ts';

// A hand-written content set: two countries with pledges (Estonia with two, out of date order in
// the list), one country without, one claim that is not a pledge, and a disputed pledge.
const source = (id: string, publisher: string) => ({
	id,
	data: sourceSchema.parse({
		publisher,
		title: `A report by ${publisher}`,
		url: `https://example.org/${id}`,
		published: '2025-09-04',
		accessed: '2026-12-02',
		archived: null,
		type: 'outlet',
		language: 'en',
	}),
});
const country = (id: string, name: string) => ({
	id,
	data: participantSchema.parse({
		name,
		kind: 'country',
		summary: `About ${name}.`,
		sources: ['err'],
	}),
});
const claim = (id: string, data: Record<string, unknown>) => ({
	id,
	data: claimSchema.parse(data),
});

const content: Content = {
	articles: [],
	events: [],
	blockedDomains: [],
	sources: [
		source('err', 'ERR News'),
		source('radio', 'Polskie Radio'),
		source('capitol', 'Capitol Daily'),
	],
	participants: [
		country('estonia', 'Estonia'),
		country('romania', 'Romania'),
		country('italy', 'Italy'),
	],
	claims: [
		claim('estonia-karis', {
			statement: 'Karis: troops for areas away from the front.',
			status: 'reported',
			participants: ['estonia'],
			sources: ['radio'],
			pledge: {
				participant: 'estonia',
				what: 'Troops away from the front',
				when: { precision: 'day', date: '2025-09-04' },
			},
		}),
		claim('estonia-company', {
			statement: 'Estonia offers a company.',
			status: 'confirmed',
			participants: ['estonia'],
			sources: ['err', 'radio'],
			pledge: {
				participant: 'estonia',
				what: 'A company-sized unit',
				when: { precision: 'day', date: '2025-04-30' },
			},
		}),
		claim('romania-no-troops', {
			statement: 'What did Romania offer?',
			status: 'disputed',
			participants: ['romania'],
			versions: [
				{ statement: 'Logistics.', sources: ['capitol'] },
				{ statement: 'Nothing yet.', sources: ['radio'] },
			],
			pledge: {
				participant: 'romania',
				what: 'No troops',
				when: { precision: 'month', date: '2025-09', label: 'September 2025' },
			},
		}),
		claim('italy-at-summit', {
			statement: 'Italy was at the summit.',
			status: 'confirmed',
			participants: ['italy'],
			sources: ['err'],
		}),
	],
};

const page = buildPledgesPage(indexContent(content));

describe('buildPledgesPage', () => {
	it('groups pledges by participant name, leaving out participants with none', () => {
		expect(page.groups.map((group) => [group.id, group.name, group.href])).toEqual([
			['estonia', 'Estonia', '/participants/estonia/'],
			['romania', 'Romania', '/participants/romania/'],
		]);
	});

	it("orders a participant's pledges by date, oldest first", () => {
		expect(page.groups[0]?.pledges.map((pledge) => pledge.claimId)).toEqual([
			'estonia-company',
			'estonia-karis',
		]);
	});

	it('takes the status and sources from the claim', () => {
		expect(page.groups[0]?.pledges[0]).toEqual({
			claimId: 'estonia-company',
			href: '/claims/#estonia-company',
			what: 'A company-sized unit',
			when: { text: '30 April 2025', datetime: '2025-04-30' },
			status: 'confirmed',
			statusLabel: 'Confirmed',
			sources: [
				{ id: 'err', href: '/sources/#err', label: 'ERR News' },
				{ id: 'radio', href: '/sources/#radio', label: 'Polskie Radio' },
			],
		});
	});

	it('cites every version of a disputed pledge and keeps a month a month', () => {
		const romania = page.groups[1]?.pledges[0];
		expect(romania?.statusLabel).toBe('Disputed');
		expect(romania?.when.text).toBe('September 2025');
		expect(romania?.sources.map((source) => source.id)).toEqual(['capitol', 'radio']);
	});

	it('counts pledges by status in the order of the vocabulary', () => {
		expect(page.total).toBe(3);
		expect(page.byStatus).toEqual([
			{ status: 'confirmed', label: 'Confirmed', count: 1 },
			{ status: 'reported', label: 'Reported', count: 1 },
			{ status: 'disputed', label: 'Disputed', count: 1 },
		]);
	});
});

describe('the pledge field of a claim', () => {
	it('rejects a pledge by someone the claim is not about', () => {
		const result = claimSchema.safeParse({
			statement: 'Estonia offers a company.',
			status: 'reported',
			participants: ['italy'],
			sources: ['err'],
			pledge: {
				participant: 'estonia',
				what: 'A company',
				when: { precision: 'day', date: '2025-04-30' },
			},
		});
		expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toMatchInlineSnapshot(`
			[
			  [
			    [
			      "pledge",
			      "participant",
			    ],
			    ""estonia" makes the pledge but is not in \`participants\` — add it there",
			  ],
			]
		`);
	});
});
