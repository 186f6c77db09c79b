/** Every reference each kind of entry makes, with the field path a problem would point at. */
import { describe, expect, it } from 'vitest';
import {
	articleReferences,
	claimReferences,
	eventReferences,
	participantReferences,
} from '../../../src/lib/gate/references.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { claimSchema } from '../../../src/lib/schema/claim.ts';
import { eventSchema } from '../../../src/lib/schema/event.ts';
import { participantSchema } from '../../../src/lib/schema/participant.ts';

const show = (references: Array<{ path: PropertyKey[]; collection: string; id: string }>) =>
	references.map((r) => `${r.path.map(String).join('.')} → ${r.collection}/${r.id}`);

describe('references', () => {
	it('lists an article’s participants, events and claims by position', () => {
		const article = articleSchema.parse({
			title: 'T',
			standfirst: 'S.',
			kind: 'report',
			published: '2025-03-11',
			participants: ['france', 'uk'],
			events: ['paris-meeting'],
			claims: ['us-not-invited'],
		});
		expect(show(articleReferences(article))).toEqual([
			'participants.0 → participants/france',
			'participants.1 → participants/uk',
			'events.0 → events/paris-meeting',
			'claims.0 → claims/us-not-invited',
		]);
	});

	it('lists an event’s participants, claims, sources and each attendance record and its sources', () => {
		const event = eventSchema.parse({
			title: 'Chiefs meet',
			summary: 'They met.',
			when: { precision: 'day', date: '2025-03-11' },
			status: 'reported',
			participants: ['france'],
			claims: ['us-not-invited'],
			sources: ['wire', { source: 'ministry', quote: 'met' }],
			attendance: [
				{
					participant: 'france',
					versions: [
						{ status: 'remote', basis: 'expected', sources: ['wire'] },
						{ status: 'in-person', basis: 'reported', sources: [{ source: 'ministry' }] },
					],
				},
			],
		});
		expect(show(eventReferences(event))).toEqual([
			'participants.0 → participants/france',
			'claims.0 → claims/us-not-invited',
			'sources.0 → sources/wire',
			'sources.1.source → sources/ministry',
			'attendance.0.participant → participants/france',
			'attendance.0.versions.0.sources.0 → sources/wire',
			'attendance.0.versions.1.sources.0.source → sources/ministry',
		]);
	});

	it('lists a person’s country, roles with what they are held in, and sources', () => {
		const person = participantSchema.parse({
			name: 'Sébastien Lecornu',
			kind: 'person',
			summary: 'A minister.',
			country: 'france',
			roles: [
				{ title: 'Minister', of: 'france', period: 'March 2025', sources: ['wire'] },
				{ title: 'Envoy', period: '2025', sources: ['ministry'] },
			],
			sources: ['wire'],
		});
		expect(show(participantReferences(person))).toEqual([
			'country → participants/france',
			'roles.0.of → participants/france',
			'roles.0.sources.0 → sources/wire',
			'roles.1.sources.0 → sources/ministry',
			'sources.0 → sources/wire',
		]);
		const country = participantSchema.parse({
			name: 'France',
			kind: 'country',
			summary: 'A country.',
			memberships: [{ alliance: 'nato', member: true, sources: ['ministry'] }],
			sources: ['wire'],
		});
		expect(show(participantReferences(country))).toEqual([
			'memberships.0.sources.0 → sources/ministry',
			'sources.0 → sources/wire',
		]);
	});

	it('lists a claim’s events, participants, sources, versions’ sources and the source it corrects', () => {
		const disputed = claimSchema.parse({
			statement: 'Who came?',
			status: 'disputed',
			events: ['paris-meeting'],
			participants: ['uk'],
			versions: [
				{ statement: 'Yes.', sources: ['wire'] },
				{ statement: 'No.', sources: ['ministry'] },
			],
		});
		expect(show(claimReferences(disputed))).toEqual([
			'events.0 → events/paris-meeting',
			'participants.0 → participants/uk',
			'versions.0.sources.0 → sources/wire',
			'versions.1.sources.0 → sources/ministry',
		]);
		const correcting = claimSchema.parse({
			statement: 'The name is spelt so.',
			status: 'confirmed',
			sources: ['ministry'],
			corrects: { source: 'founding-article', said: 'A misspelt name.' },
		});
		expect(show(claimReferences(correcting))).toEqual([
			'sources.0 → sources/ministry',
			'corrects.source → sources/founding-article',
		]);
	});
});
