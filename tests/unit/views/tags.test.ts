import { describe, expect, it } from 'vitest';
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

	it('lists every tag, most used first, with its articles in the order given', () => {
		expect(
			buildTags(sampleContent().articles).map((tag) => [
				tag.tag,
				tag.label,
				tag.href,
				tag.articles.map((a) => a.id),
			]),
		).toEqual([
			[
				'security-force',
				'security force',
				'/tags/security-force/',
				['follow-up', 'meeting-report'],
			],
			['nato', 'NATO', '/tags/nato/', ['meeting-report']],
		]);
	});
});
