/** One built page of each type a reader sees, for tests that go over every type. */
import { byPublishedDesc } from '../../src/lib/articles.ts';
import { STORY } from '../../src/lib/story.ts';
import { buildTags } from '../../src/lib/tags.ts';
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
		pledges: urls.pledges(),
		tags: urls.tags(),
		tag: urls.tag(buildTags(articles)[0]?.tag ?? ''),
		about: urls.about(),
		contribute: urls.contribute(),
		data: urls.data(),
		search: urls.search(),
		notFound: '/404.html',
	};
}
