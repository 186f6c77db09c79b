// /tags/<tag>/rss.xml: articles with one tag (every tag comes from an article, so none is empty).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getContent } from '../../../data.ts';
import { getTagChannel } from '../../../lib/feeds/channels.ts';
import { getTagsWithFeeds, toRssOptions } from '../../../lib/feeds/writers.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths = (async () =>
	getTagsWithFeeds(await getArticles()).map((tag) => ({
		params: { tag },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	rss(toRssOptions(getTagChannel(await getContent(), params.tag ?? '', SITE)));
