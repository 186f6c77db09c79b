/**
 * One built page of each type a reader sees, for tests that go over every type. The example pages
 * are picked from the content files directly (the first article, the first tag, by name).
 */
import { list, readArticles } from './raw-content.ts';

/** Site paths by page type. `notFound` is the built 404 page; a server serves it for any miss. */
export function getPageTypes(): Record<string, string> {
	const articles = readArticles();
	const tag = articles.flatMap((article) => list(article, 'tags')).sort()[0] ?? '';
	return {
		home: '/',
		articles: '/articles/',
		article: `/articles/${articles[0]?.id ?? ''}/`,
		timeline: '/timeline/',
		participants: '/participants/',
		participant: '/participants/ukraine/',
		attendance: '/attendance/',
		sources: '/sources/',
		claims: '/claims/',
		pledges: '/pledges/',
		tags: '/tags/',
		tag: `/tags/${tag}/`,
		about: '/about/',
		contribute: '/contribute/',
		data: '/data/',
		search: '/search/',
		notFound: '/404.html',
	};
}
