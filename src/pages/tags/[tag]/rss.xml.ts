// /tags/<tag>/rss.xml: the newest articles with one tag (every tag comes from an article, so none
// is empty).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { getTagChannel } from '../../../lib/feeds/channels.ts';
import { toFeedResponse } from '../../../lib/feeds/response.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths = (async () =>
	(await getSiteData()).index.tags.map((tag) => ({ params: { tag } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { index, feedItems } = await getSiteData();
	return toFeedResponse('rss', getTagChannel(index, feedItems, params.tag ?? '', SITE), SITE);
};
