import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import {
	buildBlockedDomains,
	buildSourceList,
	countByType,
} from '../../../src/lib/views/source-list.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

const index = indexContent(sampleContent());
const sources = buildSourceList(index);

describe('buildSourceList', () => {
	it('lists every source by publisher', () => {
		expect(sources.map((source) => source.id)).toEqual(['wire-a', 'founding', 'outlet-b']);
	});

	it('gives type, dates, links and citations, and says when a date or copy is missing', () => {
		const [wire, founding, outlet] = sources;
		expect(wire).toMatchObject({
			label: 'AP (via WKMG)',
			via: 'WKMG',
			title: 'Preview of the meeting',
			typeLabel: 'Wire report',
			published: { text: '10 March 2025', datetime: '2025-03-10' },
			accessed: { text: '24 November 2026', datetime: '2026-11-24' },
			url: 'https://example.org/ap',
			archived: null,
			lookup: 'https://web.archive.org/web/*/https://example.org/ap',
		});
		expect(outlet?.title).toBe('“Le sommet”');
		expect(outlet?.published).toBe(undefined);
		expect(outlet?.archived).toBe('https://web.archive.org/web/2025/https://example.org/lm');
		expect(outlet?.lookup).toBe(undefined);
		expect(founding).toMatchObject({ url: null, note: 'Address not recorded.' });
		expect(founding?.lookup).toBe(undefined);
		// 1 article, all 6 events and 9 participants (the sample's default source), 3 claims.
		expect(wire?.citationCount).toBe(19);
		expect(wire?.citedIn.articles).toEqual([
			{ href: '/articles/meeting-report/', label: 'Chiefs meet in Paris' },
		]);
	});

	it('counts sources by type in words', () => {
		expect(countByType(sources).map((type) => type.text)).toEqual([
			'1 wire report',
			'2 news outlets',
		]);
	});
});

describe('buildBlockedDomains', () => {
	it('gives each domain its reason, date and references', () => {
		expect(buildBlockedDomains(index)).toEqual([
			{
				domain: 'bad.example',
				reason: 'Disinformation.',
				since: { text: '24 November 2026', datetime: '2026-11-24' },
				references: [{ href: 'https://en.wikipedia.org/wiki/Example', label: 'en.wikipedia.org' }],
			},
		]);
	});
});
