/**
 * What the contributor workflow adds to the built site: on every article, "Suggest a correction",
 * "Edit this page" and the history. (The security policy is checked in security-policy.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { attr, listPages, readPage, select } from '../helpers/dist.ts';

const articles = listPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));

describe('article pages', () => {
	it('link to their file, a correction form for their page, and show their history', () => {
		const base = SITE.repository.replace(/\/+$/, '');
		const wrong = articles.flatMap((page) => {
			const id = page.split('/')[1] ?? '';
			const tree = readPage(page);
			const hrefs = select(tree, '.edit-links a').map((link) => attr(link, 'href'));
			const found: string[] = [];
			if (!hrefs.includes(`${base}/edit/main/content/articles/${id}.md`))
				found.push('no edit link');
			const correction = hrefs.find((href) => href.includes('/issues/new?'));
			if (
				new URL(correction ?? 'https://x.invalid').searchParams.get('page') !==
				`${SITE.url}/articles/${id}/`
			)
				found.push(`correction form ${correction}`);
			if (select(tree, '.article-history li time').length === 0) found.push('no history');
			return found.map((problem) => `${page}: ${problem}`);
		});
		expect(wrong).toEqual([]);
	});
});
