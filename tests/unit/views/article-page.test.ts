import { describe, expect, it } from 'vitest';
import {
	buildArticlePage,
	formatHowToCite,
	serializeJsonLd,
	toNewsArticle,
} from '../../../src/lib/views/article-page.ts';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

const site = { title: 'Tracker', url: 'https://tracker.example', lang: 'en' };
const index = indexContent(sampleContent());

describe('buildArticlePage', () => {
	it('links the events (by date) and participants an article covers, and its neighbours', () => {
		const page = buildArticlePage(index, 'meeting-report', site);
		expect(page.kindLabel).toBe('Report');
		expect(page.url).toBe('https://tracker.example/articles/meeting-report/');
		expect(page.events.map((event) => [event.href, event.when.text])).toEqual([
			['/timeline/#2025-03-11-jeddah', '11 March 2025'],
			['/timeline/#2025-03-11-meeting', '11 March 2025'],
		]);
		expect(page.participants.map((link) => link.label)).toEqual(['France', 'United States']);
		expect(page.tags).toEqual([
			{ href: '/tags/nato/', label: 'NATO' },
			{ href: '/tags/security-force/', label: 'security force' },
		]);
		expect(page.newer).toEqual({ href: '/articles/follow-up/', label: 'What followed' });
		expect(page.older).toBe(undefined);
	});
});

describe('formatHowToCite', () => {
	it('gives the site, title, dates and address', () => {
		const { data } = index.getArticle('follow-up');
		expect(formatHowToCite(data, 'https://tracker.example/articles/follow-up/', 'Tracker')).toBe(
			'Tracker. “What followed.” Published 27 November 2026; updated 30 November 2026. https://tracker.example/articles/follow-up/',
		);
	});

	it('does not add a full stop after a question mark', () => {
		const { data } = index.getArticle('meeting-report');
		expect(formatHowToCite({ ...data, title: 'Who came?' }, 'https://t.example/', 'T')).toBe(
			'T. “Who came?” Published 26 November 2026. https://t.example/',
		);
	});
});

describe('JSON-LD', () => {
	it('describes an article as a NewsArticle with citations in order of first use', () => {
		expect(toNewsArticle(index, 'meeting-report', site)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Chiefs meet in Paris',
			description: 'They met.',
			url: 'https://tracker.example/articles/meeting-report/',
			mainEntityOfPage: 'https://tracker.example/articles/meeting-report/',
			inLanguage: 'en',
			articleSection: 'Report',
			datePublished: '2026-11-26',
			dateModified: '2026-11-26',
			keywords: ['NATO', 'security force'],
			author: { '@type': 'Organization', name: 'Tracker', url: 'https://tracker.example' },
			publisher: { '@type': 'Organization', name: 'Tracker', url: 'https://tracker.example' },
			citation: [
				{
					'@type': 'CreativeWork',
					name: 'Preview of the meeting',
					publisher: { '@type': 'Organization', name: 'AP' },
					url: 'https://example.org/ap',
					datePublished: '2025-03-10',
				},
				{
					'@type': 'CreativeWork',
					name: '“Le sommet”',
					publisher: { '@type': 'Organization', name: 'Le Monde' },
					url: 'https://example.org/lm',
				},
			],
		});
	});

	it('adds dateModified and a correction when the article has them', () => {
		const data = toNewsArticle(index, 'follow-up', site);
		expect(data['dateModified']).toBe('2026-11-30');
		expect(data['correction']).toEqual([
			{ '@type': 'CorrectionComment', text: 'Fixed a date.', datePublished: '2026-11-30' },
		]);
	});

	it('cannot close its script element', () => {
		expect(serializeJsonLd({ headline: '</script><b>&' })).toBe(
			'{"headline":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}',
		);
		expect(JSON.parse(serializeJsonLd({ headline: '</script>' }))).toEqual({
			headline: '</script>',
		});
	});
});
