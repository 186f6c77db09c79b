/**
 * What the contributor workflow adds to the built site: on every article, "Suggest a correction",
 * "Edit this page" and the history. (The security policy is checked in security-policy.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { toArticlePath, toEditUrl } from '../../src/lib/repository.ts';
import { SITE } from '../../src/site.ts';
import { attr, listPages, readPage, select } from '../helpers/dist.ts';

const articles = listPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));

describe('article pages', () => {
	it.each(articles)('%s links to its file, a correction form, and shows its history', (page) => {
		const id = page.split('/')[1] ?? '';
		const tree = readPage(page);
		const hrefs = select(tree, '.edit-links a').map((link) => attr(link, 'href'));
		expect(hrefs).toContain(toEditUrl(SITE.repository, toArticlePath(id)));
		const correction = hrefs.find((href) => href.includes('/issues/new?'));
		expect(new URL(correction ?? 'https://x.invalid').searchParams.get('page')).toBe(
			`${SITE.url}/articles/${id}/`,
		);
		const history = select(tree, '.article-history li time');
		expect(history.length).toBeGreaterThan(0);
	});
});
