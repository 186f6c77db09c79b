import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { buildTimeline } from '../../../src/lib/views/timeline.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

const groups = buildTimeline(indexContent(sampleContent()));

describe('buildTimeline', () => {
	it('puts every event once, oldest first, in month groups', () => {
		expect(
			groups.map((group) => [group.id, group.heading, group.entries.map((entry) => entry.id)]),
		).toEqual([
			['month-2024-12', 'December 2024', ['2024-12-residence']],
			['month-2025-01', 'January 2025', ['2025-01-23-remark']],
			['month-2025-03', 'March 2025', ['2025-03-11-jeddah', '2025-03-11-meeting']],
			['after-2025-03', 'After March 2025', ['after-march']],
			['month-2025-08', 'August 2025', ['2025-08-19-statement']],
		]);
		expect(groups.map((group) => group.datetime)).toEqual([
			'2024-12',
			'2025-01',
			'2025-03',
			undefined,
			'2025-08',
		]);
	});

	it('gives each event its date, status and links', () => {
		const meeting = groups[2]?.entries[1];
		expect(meeting).toEqual({
			id: '2025-03-11-meeting',
			title: 'Chiefs meet',
			summary: 'What happened at 2025-03-11-meeting.',
			when: { text: '11 March 2025', datetime: '2025-03-11' },
			status: 'confirmed',
			statusLabel: 'Confirmed',
			location: 'Paris',
			participants: [
				{ href: '/participants/france/', label: 'France' },
				{ href: '/participants/ukraine/', label: 'Ukraine' },
				{ href: '/participants/united-states/', label: 'United States' },
				{ href: '/participants/ireland/', label: 'Ireland' },
				{ href: '/participants/japan/', label: 'Japan' },
				{ href: '/participants/jane-doe/', label: 'Jane Doe' },
			],
			articles: [{ href: '/articles/meeting-report/', label: 'Chiefs meet in Paris' }],
			moreArticles: 0,
			sources: [
				{ id: 'wire-a', href: '/sources/#wire-a', label: 'AP (via WKMG)' },
				{ id: 'outlet-b', href: '/sources/#outlet-b', label: 'Le Monde', quote: 'a quote' },
			],
			attendance: { href: '/attendance/#2025-03-11-meeting', label: 'Who attended (5 records)' },
		});
	});

	it('shows an expected event as expected, and an open date without a machine value', () => {
		expect(groups[4]?.entries[0]?.statusLabel).toBe('Expected');
		expect(groups[3]?.entries[0]?.when).toEqual({
			text: 'after March 2025',
			note: 'exact date not known',
		});
	});
});
