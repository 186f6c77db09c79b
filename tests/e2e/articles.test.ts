/** The article pages: one per file, newest first on the home page, citations that lead somewhere. */
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { byPublishedDesc } from '../../src/lib/content/articles.ts';
import { urls } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.ts';
import { attr, existsInDist, listPages, readPage, select } from '../helpers/dist.ts';
import { getContent } from '../helpers/content.ts';

const { articles, sources } = getContent();
const sourceById = new Map(sources.map((source) => [source.id, source.data]));

describe('article pages', () => {
	it('builds exactly one page per article file', () => {
		const built = listPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));
		expect(built.sort()).toEqual(
			articles.map((article) => `articles/${article.id}/index.html`).sort(),
		);
		expect(articles.length).toBeGreaterThanOrEqual(4);
	});

	it('lists every article on the home page, newest first', () => {
		const links = select(readPage('/'), 'main a[href^="/articles/"]').map((link) =>
			attr(link, 'href'),
		);
		const expected = [...articles].sort(byPublishedDesc).map((article) => urls.article(article.id));
		expect(links.filter((href) => expected.includes(href))).toEqual(expected);
	});

	describe.each(articles.map((article) => [article.id, article] as const))('%s', (id, article) => {
		const page = readPage(urls.article(id));

		it('has its title, a canonical link and its publication date in <time datetime>', () => {
			expect(select(page, 'h1').map((h1) => toString(h1))).toEqual([article.data.title]);
			expect(select(page, 'link[rel="canonical"]').map((link) => attr(link, 'href'))).toEqual([
				new URL(urls.article(id), SITE.url).href,
			]);
			const times = select(page, 'time[datetime]').map((time) => attr(time, 'dateTime'));
			expect(times).toContain(article.data.published.toISOString().slice(0, 10));
		});

		it('links every citation to its numbered reference, in order of first citation', () => {
			const citations = select(page, 'a[data-footnote-ref]');
			expect(citations.length).toBeGreaterThan(0);
			const ids = new Set(select(page, '[id]').map((element) => attr(element, 'id')));
			for (const citation of citations) {
				expect(ids).toContain(attr(citation, 'href').slice(1));
			}
			const references = select(page, 'section.footnotes li[id]');
			expect(references.map((li) => attr(li, 'id'))).toEqual(
				article.citedSources.map((source) => `user-content-fn-${source}`),
			);
			expect(citations.map((citation) => toString(citation))).toContain(String(references.length));
		});

		it('shows publisher, date and link for every reference', () => {
			for (const li of select(page, 'section.footnotes li[id]')) {
				const source = sourceById.get(attr(li, 'id').replace('user-content-fn-', ''));
				expect(source).toBeDefined();
				if (!source) continue;
				expect(
					select(li, '.reference-publisher')
						.map((span) => toString(span))
						.join(),
				).toContain(source.publisher);
				if (source.published === 'unknown') expect(toString(li)).toContain('date unknown');
				else expect(select(li, 'time[datetime]')).toHaveLength(1);
				const hrefs = select(li, 'a[href^="https://"]').map((a) => attr(a, 'href'));
				if (source.url) expect(hrefs).toContain(source.url);
				else expect(toString(li)).toContain('Address not known');
			}
		});
	});

	it('has a page for every internal link target of the article pages', () => {
		for (const article of articles) {
			for (const link of select(readPage(urls.article(article.id)), 'main a[href^="/"]')) {
				expect(existsInDist(attr(link, 'href')), attr(link, 'href')).toBe(true);
			}
		}
	});
});
