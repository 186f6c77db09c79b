import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { buildParticipantPage, groupParticipants } from '../../../src/lib/views/participants.ts';
import { SAMPLE_STORY, sampleContent } from '../../helpers/sample-content.ts';

const content = sampleContent();
const index = indexContent(content);

describe('groupParticipants', () => {
	it('groups from the data: own groups, memberships, attendance at the key meeting, then kind', () => {
		const groups = groupParticipants(index, content.participants, SAMPLE_STORY);
		expect(
			groups.map((group) => [group.id, group.heading, group.members.map((member) => member.id)]),
		).toEqual([
			['group-ukraine', 'Ukraine', ['ukraine']],
			['group-united-states', 'The United States', ['united-states']],
			['group-eu-outside-nato', 'EU members outside NATO', ['ireland']],
			['group-remote', 'Partners expected to join remotely', ['japan']],
			['group-key-meeting', 'Other countries in the attendance list', ['france']],
			['group-countries', 'Other countries', ['russia']],
			['group-organisations', 'Organisations', ['nato']],
			['group-people', 'People', ['jane-doe', 'john-roe']],
		]);
		expect(groups[3]?.description).toBe(
			'Countries that sources expected to follow the meeting remotely; the attendance matrix shows what was reported later.',
		);
	});

	it('names a NATO member only when the membership is recorded, and leaves out empty groups', () => {
		const groups = groupParticipants(index, content.participants, {
			...SAMPLE_STORY,
			ownGroups: [],
		});
		expect(groups.find((group) => group.id === 'group-nato')?.members.map((m) => m.id)).toEqual([
			'united-states',
		]);
		expect(groups.some((group) => group.id === 'group-ukraine')).toBe(false);
	});

	it('shows a person’s first role under their name', () => {
		const people = groupParticipants(index, content.participants, SAMPLE_STORY).at(-1)?.members;
		expect(people?.map((person) => person.role ?? person.kindLabel)).toEqual([
			'Minister, France',
			'Person',
		]);
	});
});

describe('buildParticipantPage', () => {
	it('gives a person their role, country, events, articles and claims', () => {
		const page = buildParticipantPage(index, 'jane-doe');
		expect(page.country).toEqual({ href: '/participants/france/', label: 'France' });
		expect(page.roles).toEqual([
			{
				title: 'Minister',
				of: { href: '/participants/france/', label: 'France' },
				period: 'March 2025',
				sources: [{ id: 'wire-a', href: '/sources/#wire-a', label: 'AP (via WKMG)' }],
			},
		]);
		expect(page.events.map((event) => [event.label, event.when.text])).toEqual([
			['Chiefs meet', '11 March 2025'],
		]);
		expect(page.claims.map((claim) => [claim.href, claim.statusLabel])).toEqual([
			['/claims/#no-event', 'Reported'],
		]);
	});

	it('leaves roles empty when the sources state none', () => {
		expect(buildParticipantPage(index, 'john-roe').roles).toEqual([]);
	});

	it('gives a country its recorded memberships and the people acting for it', () => {
		expect(buildParticipantPage(index, 'ireland').memberships.map((m) => m.text)).toEqual([
			'Member of the EU',
			'Not a member of NATO',
		]);
		expect(buildParticipantPage(index, 'france').people.map((person) => person.id)).toEqual([
			'jane-doe',
		]);
		expect(buildParticipantPage(index, 'france').articles).toEqual([
			{ href: '/articles/meeting-report/', label: 'Chiefs meet in Paris' },
		]);
	});
});
