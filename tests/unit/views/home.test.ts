import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { buildHomePage } from '../../../src/lib/views/home.ts';
import { SAMPLE_STORY, sampleContent } from '../../helpers/sample-content.ts';

describe('buildHomePage', () => {
	const home = buildHomePage(indexContent(sampleContent()), SAMPLE_STORY);

	it('leads with the most recent event', () => {
		expect(home.latest).toEqual({
			id: '2025-08-19-statement',
			title: 'A later statement',
			summary: 'What happened at 2025-08-19-statement.',
			when: { text: '19 August 2025', datetime: '2025-08-19' },
			status: 'expected',
			statusLabel: 'Expected',
			href: '/timeline/#2025-08-19-statement',
		});
	});

	it('says what we know about the key meeting, and counts', () => {
		expect(home.known.map((claim) => claim.id)).toEqual(['meeting-held', 'us-absent']);
		expect(home.confirmedCount).toBe(2);
		expect(home.articles.map((article) => article.id)).toEqual(['follow-up', 'meeting-report']);
		expect(home.counts).toEqual({ events: 6, participants: 9, sources: 3, disputed: 1 });
	});

	it('copes with a key meeting that does not exist yet', () => {
		expect(buildHomePage(indexContent(sampleContent()), { keyEventId: 'none' }).known).toEqual([]);
	});
});
