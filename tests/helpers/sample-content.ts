/**
 * A small content set for the unit tests of the reader-page modules: a few entries of each kind,
 * parsed through the real schemas so dates and defaults are what the site sees.
 */
import type { ArticleItem, Content } from '../../src/lib/content/content-index.ts';
import { articleSchema } from '../../src/lib/schema/article.ts';
import { blockedDomainSchema } from '../../src/lib/schema/blocked-domain.ts';
import { claimSchema } from '../../src/lib/schema/claim.ts';
import { eventSchema } from '../../src/lib/schema/event.ts';
import { participantSchema } from '../../src/lib/schema/participant.ts';
import { sourceSchema } from '../../src/lib/schema/source.ts';

const participant = (id: string, data: Record<string, unknown>) => ({
	id,
	data: participantSchema.parse({ summary: `About ${id}.`, sources: ['wire-a'], ...data }),
});

const source = (id: string, data: Record<string, unknown>) => ({
	id,
	data: sourceSchema.parse({
		accessed: '2026-11-24',
		archived: null,
		language: 'en',
		type: 'outlet',
		...data,
	}),
});

const event = (id: string, data: Record<string, unknown>) => ({
	id,
	data: eventSchema.parse({
		summary: `What happened at ${id}.`,
		status: 'confirmed',
		sources: ['wire-a'],
		...data,
	}),
});

const claim = (id: string, data: Record<string, unknown>) => ({
	id,
	data: claimSchema.parse(data),
});

/**
 * `citedSources` as the gate finds them: the `[^id]` in the body outside code spans, in order,
 * without repeats (the sample bodies use no code blocks).
 */
const article = (id: string, data: Record<string, unknown>, body: string): ArticleItem => ({
	id,
	data: articleSchema.parse(data),
	citedSources: [
		...new Set(
			[...body.replace(/`[^`]*`/g, '').matchAll(/\[\^([^\]]+)\]/g)].map((match) => match[1] ?? ''),
		),
	],
	html: `<p>${id}</p>`,
});

/** The sample content; articles newest first, the order src/data.ts gives. */
export function sampleContent(): Content {
	return {
		participants: [
			participant('france', { name: 'France', kind: 'country' }),
			participant('ukraine', { name: 'Ukraine', kind: 'country' }),
			participant('united-states', {
				name: 'United States',
				kind: 'country',
				memberships: [{ alliance: 'nato', member: true, sources: ['wire-a'] }],
			}),
			participant('ireland', {
				name: 'Ireland',
				kind: 'country',
				memberships: [
					{ alliance: 'eu', member: true, sources: ['outlet-b'] },
					{ alliance: 'nato', member: false, sources: ['outlet-b'] },
				],
			}),
			participant('japan', { name: 'Japan', kind: 'country' }),
			participant('russia', { name: 'Russia', kind: 'country' }),
			participant('nato', { name: 'NATO', kind: 'organisation' }),
			participant('jane-doe', {
				name: 'Jane Doe',
				kind: 'person',
				country: 'france',
				roles: [{ title: 'Minister', of: 'france', period: 'March 2025', sources: ['wire-a'] }],
			}),
			participant('john-roe', { name: 'John Roe', kind: 'person' }),
		],
		sources: [
			source('wire-a', {
				publisher: 'AP',
				via: 'WKMG',
				title: 'Preview of the meeting',
				url: 'https://example.org/ap',
				published: '2025-03-10',
				type: 'wire',
			}),
			source('outlet-b', {
				publisher: 'Le Monde',
				title: 'Le sommet',
				titleIsQuoted: true,
				url: 'https://example.org/lm',
				published: 'unknown',
				archived: 'https://web.archive.org/web/2025/https://example.org/lm',
				language: 'fr',
			}),
			source('founding', {
				publisher: 'Espreso',
				title: 'The founding preview',
				url: null,
				published: 'unknown',
				note: 'Address not recorded.',
			}),
		],
		events: [
			event('2025-03-11-meeting', {
				title: 'Chiefs meet',
				when: { precision: 'day', date: '2025-03-11' },
				location: 'Paris',
				participants: ['france', 'ukraine', 'united-states', 'ireland', 'japan', 'jane-doe'],
				claims: ['meeting-held', 'count', 'us-absent'],
				sources: ['wire-a', { source: 'outlet-b', quote: 'a quote' }],
				attendance: [
					{
						participant: 'france',
						versions: [
							{ status: 'in-person', basis: 'confirmed', sources: ['wire-a', 'outlet-b'] },
						],
					},
					{
						participant: 'united-states',
						versions: [
							{ status: 'not-invited', basis: 'confirmed', note: 'Left out.', sources: ['wire-a'] },
							{ status: 'absent', basis: 'expected', sources: ['outlet-b'] },
						],
					},
					{
						participant: 'japan',
						versions: [{ status: 'remote', basis: 'expected', sources: ['founding'] }],
					},
					{
						participant: 'ireland',
						versions: [{ status: 'in-person', basis: 'expected', sources: ['founding'] }],
					},
					{
						participant: 'jane-doe',
						versions: [
							{
								status: 'in-person',
								basis: 'reported',
								sources: [{ source: 'outlet-b', locator: 'caption' }],
							},
						],
					},
				],
			}),
			event('2025-08-19-statement', {
				title: 'A later statement',
				when: { precision: 'day', date: '2025-08-19' },
				status: 'expected',
				participants: ['united-states'],
			}),
			event('2024-12-residence', {
				title: 'Meeting at a residence',
				when: { precision: 'month', date: '2024-12', label: 'December 2024' },
				participants: ['john-roe'],
			}),
			event('after-march', {
				title: 'A headquarters, later',
				when: { precision: 'after', date: '2025-03-31', label: 'after March 2025' },
			}),
			event('2025-03-11-jeddah', {
				title: 'Talks in Jeddah',
				when: { precision: 'day', date: '2025-03-11' },
			}),
			event('2025-01-23-remark', {
				title: 'A remark',
				when: { precision: 'approximate', date: '2025-01-23', label: 'about 23 January 2025' },
			}),
		],
		claims: [
			claim('meeting-held', {
				statement: 'The meeting was held.',
				status: 'confirmed',
				events: ['2025-03-11-meeting'],
				sources: ['wire-a', 'outlet-b'],
			}),
			claim('us-absent', {
				statement: 'The US was not there.',
				status: 'confirmed',
				events: ['2025-03-11-meeting'],
				participants: ['united-states'],
				sources: ['wire-a'],
			}),
			claim('count', {
				statement: 'How many came?',
				status: 'disputed',
				events: ['2025-03-11-meeting'],
				versions: [
					{ statement: 'More than 30.', sources: ['wire-a'] },
					{ statement: '34.', sources: [{ source: 'outlet-b', quote: 'trente-quatre' }] },
				],
			}),
			claim('founding-wrong', {
				statement: 'The remark was made on 23 January.',
				status: 'unconfirmed',
				events: ['2025-01-23-remark'],
				sources: ['outlet-b'],
				corrects: { source: 'founding', said: 'It gave the wrong month.' },
			}),
			claim('no-event', {
				statement: 'Something with no event.',
				status: 'reported',
				participants: ['jane-doe'],
				sources: ['founding'],
			}),
		],
		articles: [
			article(
				'follow-up',
				{
					title: 'What followed',
					standfirst: 'After the meeting.',
					kind: 'analysis',
					published: '2026-11-27',
					updated: '2026-11-30',
					tags: ['security-force'],
					corrections: [{ date: '2026-11-30', note: 'Fixed a date.' }],
				},
				'Text.[^founding]',
			),
			article(
				'meeting-report',
				{
					title: 'Chiefs meet in Paris',
					standfirst: 'They met.',
					kind: 'report',
					published: '2026-11-26',
					tags: ['nato', 'security-force'],
					participants: ['france', 'united-states'],
					events: ['2025-03-11-meeting', '2025-03-11-jeddah'],
					claims: ['meeting-held'],
				},
				'They met.[^wire-a] More.[^outlet-b][^wire-a]\n\n`[^not-a-citation]`',
			),
		],
		blockedDomains: [
			{
				id: 'bad.example',
				data: blockedDomainSchema.parse({
					id: 'bad.example',
					reason: 'Disinformation.',
					since: '2026-11-24',
					references: ['https://en.wikipedia.org/wiki/Example'],
				}),
			},
		],
	};
}

/** The story options the sample content is built around. */
export const SAMPLE_STORY = {
	keyEventId: '2025-03-11-meeting',
	keyEventName: 'the meeting',
	foundingSourceId: 'founding',
	ownGroups: [
		{ id: 'ukraine', heading: 'Ukraine' },
		{ id: 'united-states', heading: 'The United States' },
	],
} as const;
