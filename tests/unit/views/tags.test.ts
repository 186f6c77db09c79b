import { describe, expect, it } from 'vitest';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { buildTags, formatTag } from '../../../src/lib/views/tags.ts';
import { sampleContent } from '../../helpers/sample-content.ts';

describe('tags', () => {
	it('reads a tag as words', () => {
		expect(formatTag('coalition-of-the-willing')).toBe('coalition of the willing');
	});

	it('keeps the capitals of names and acronyms', () => {
		expect(formatTag('united-states')).toBe('United States');
		expect(formatTag('nato')).toBe('NATO');
		expect(formatTag('paris-meeting')).toBe('Paris meeting');
	});

	it('lists every tag, most used first, with its article count and its articles newest first', () => {
		const index = indexContent(sampleContent());
		expect(buildTags(index)).toEqual([
			{ tag: 'security-force', label: 'security force', href: '/tags/security-force/', count: 2 },
			{ tag: 'nato', label: 'NATO', href: '/tags/nato/', count: 1 },
		]);
		expect(index.articlesTagged('security-force').map((a) => a.id)).toEqual([
			'follow-up',
			'meeting-report',
		]);
		expect(index.articlesTagged('unknown')).toEqual([]);
	});
});
