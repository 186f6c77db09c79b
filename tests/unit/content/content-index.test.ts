import { describe, expect, it } from 'vitest';
import {
	indexContent,
	toParticipantLinks,
	toSourceLabel,
	toSourceRefs,
} from '../../../src/lib/content/content-index.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

const index = indexContent(sampleContent());

describe('indexContent', () => {
	it('looks entries up by id and names the fix for an unknown one', () => {
		expect(index.getParticipant('france').data.name).toBe('France');
		expect(() => index.getSource('missing')).toThrowErrorMatchingInlineSnapshot(
			`[Error: No entry "missing" in content/sources/ — run npm run check:content to find the broken reference]`,
		);
	});

	it('finds the articles about an event, a participant and a claim', () => {
		expect(index.articlesAboutEvent('2025-03-11-meeting').map((a) => a.id)).toEqual([
			'meeting-report',
		]);
		expect(index.articlesAboutParticipant('united-states').map((a) => a.id)).toEqual([
			'meeting-report',
		]);
		expect(index.articlesAboutClaim('meeting-held').map((a) => a.id)).toEqual(['meeting-report']);
		expect(index.articlesAboutEvent('after-march')).toEqual([]);
	});

	it('gives each article its neighbours in the newest-first list', () => {
		expect(index.neighbours('follow-up').older?.id).toBe('meeting-report');
		expect(index.neighbours('follow-up').newer).toBeUndefined();
		expect(index.neighbours('meeting-report').newer?.id).toBe('follow-up');
		expect(index.neighbours('meeting-report').older).toBeUndefined();
		expect(index.neighbours('missing')).toEqual({});
	});

	it('maps each participant to its events, claims, people and attendance', () => {
		expect(index.eventsWithParticipant('united-states').map((e) => e.id)).toEqual([
			'2025-03-11-meeting',
			'2025-08-19-statement',
		]);
		expect(index.claimsAboutParticipant('jane-doe').map((c) => c.id)).toEqual(['no-event']);
		expect(index.claimsAboutParticipant('united-states').map((c) => c.id)).toEqual(['us-absent']);
		expect(index.peopleOf('france').map((p) => p.id)).toEqual(['jane-doe']);
		expect(index.peopleOf('ukraine')).toEqual([]);
		expect(index.meetings.map((e) => e.id)).toEqual(['2025-03-11-meeting']);
		expect(
			index.attendanceOf('united-states').map(({ meeting, record }) => [
				meeting.id,
				record.versions.map((version) => version.status),
			]),
		).toEqual([['2025-03-11-meeting', ['not-invited', 'absent']]]);
		expect(index.attendanceOf('russia')).toEqual([]);
	});

	it('lists the tags most used first, then alphabetically', () => {
		expect(index.tags).toEqual(['security-force', 'nato']);
	});

	it('records every place a source is cited, once per place', () => {
		expect(index.citedIn('outlet-b')).toEqual({
			articles: [{ href: '/articles/meeting-report/', label: 'Chiefs meet in Paris' }],
			events: [{ href: '/timeline/#2025-03-11-meeting', label: 'Chiefs meet' }],
			claims: [
				{ href: '/claims/#count', label: 'How many came?' },
				{ href: '/claims/#founding-wrong', label: 'The remark was made on 23 January.' },
				{ href: '/claims/#meeting-held', label: 'The meeting was held.' },
			],
			participants: [{ href: '/participants/ireland/', label: 'Ireland' }],
		});
		expect(index.citedIn('founding').claims.map((link) => link.href)).toEqual([
			'/claims/#founding-wrong',
			'/claims/#no-event',
		]);
		expect(index.citedIn('unused')).toEqual({
			articles: [],
			events: [],
			claims: [],
			participants: [],
		});
	});
});

describe('links', () => {
	it('names a source by publisher and the site that carried it', () => {
		expect(toSourceLabel(index.getSource('wire-a').data)).toBe('AP (via WKMG)');
		expect(toSourceLabel(index.getSource('outlet-b').data)).toBe('Le Monde');
	});

	it('keeps a citation’s quote and locator', () => {
		expect(
			toSourceRefs(index, ['wire-a', { source: 'outlet-b', quote: 'q', locator: 'caption' }]),
		).toEqual([
			{ id: 'wire-a', href: '/sources/#wire-a', label: 'AP (via WKMG)' },
			{
				id: 'outlet-b',
				href: '/sources/#outlet-b',
				label: 'Le Monde',
				quote: 'q',
				locator: 'caption',
			},
		]);
	});

	it('links participants in the order given', () => {
		expect(toParticipantLinks(index, ['nato', 'france'])).toEqual([
			{ href: '/participants/nato/', label: 'NATO' },
			{ href: '/participants/france/', label: 'France' },
		]);
	});
});

describe('toSourceRefs with look-alike sources', () => {
	it('tells two editions of one report apart by language, then by date', () => {
		const sample = sampleContent();
		const edition = (id: string, language: string, published: string) => ({
			id,
			data: sourceSchema.parse({
				publisher: '112.ua',
				title: 'Report',
				url: `https://example.org/${id}`,
				published,
				accessed: '2026-11-24',
				archived: null,
				type: 'outlet',
				language,
			}),
		});
		const twins = indexContent({
			...sample,
			sources: [
				...sample.sources,
				edition('ua-en', 'en', '2025-03-09'),
				edition('ua-uk', 'uk', '2025-03-09'),
				edition('ua-later', 'en', '2025-03-10'),
			],
		});
		expect(toSourceRefs(twins, ['ua-en', 'ua-uk', 'wire-a']).map((ref) => ref.label)).toEqual([
			'112.ua (English)',
			'112.ua (Ukrainian)',
			'AP (via WKMG)',
		]);
		expect(toSourceRefs(twins, ['ua-en', 'ua-later']).map((ref) => ref.label)).toEqual([
			'112.ua (9 March 2025)',
			'112.ua (10 March 2025)',
		]);
		expect(toSourceRefs(twins, ['ua-en']).map((ref) => ref.label)).toEqual(['112.ua']);
	});
});
