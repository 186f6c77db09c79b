// Every article with its full rendered body, newest first, through @astrojs/rss.
// https://docs.astro.build/en/recipes/rss/
import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';

/** @param {import('astro').APIContext} context */
export async function GET(context) {
	const articles = (await getCollection('articles')).sort(
		(a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
	);
	return rss({
		title: 'Baseline',
		description: 'Synthetic articles',
		site: context.site ?? 'https://example.org',
		items: articles.map((article) => ({
			title: article.data.title,
			description: article.data.standfirst,
			pubDate: article.data.published,
			link: `/articles/${article.id}/`,
			content: article.rendered?.html ?? '',
		})),
	});
}
