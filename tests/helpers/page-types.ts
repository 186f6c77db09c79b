/** One built page of each type a reader sees, for tests that go over every type. */
import { byPublishedDesc } from '../../src/lib/content/articles.ts';
import { STORY } from '../../src/lib/views/story.ts';
import { urls } from '../../src/lib/urls.ts';
import { getContent } from './content.ts';

/** Site paths by page type. `notFound` is the built 404 page; a server serves it for any miss. */
export function getPageTypes(): Record<string, string> {
	const articles = [...getContent().articles].sort(byPublishedDesc);
	return {
		home: urls.home(),
		articles: urls.articles(),
		article: urls.article(articles[0]?.id ?? ''),
		timeline: urls.timeline(),
		participants: urls.participants(),
		participant: urls.participant(STORY.ownGroups[0].id),
		attendance: urls.attendance(),
		sources: urls.sources(),
		claims: urls.claims(),
		tags: urls.tags(),
		tag: urls.tag(articles[0]?.data.tags[0] ?? ''),
		about: urls.about(),
		contribute: urls.contribute(),
		data: urls.data(),
		search: urls.search(),
		notFound: '/404.html',
	};
}
