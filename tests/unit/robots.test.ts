import { describe, expect, it } from 'vitest';
import { toRobotsTxt } from '../../src/lib/robots.ts';

describe('toRobotsTxt', () => {
	it('allows everything and gives the absolute sitemap index URL', () => {
		expect(toRobotsTxt('https://example.org')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
		);
	});
});
