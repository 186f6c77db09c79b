// /feed.json: the same items as /rss.xml, as JSON Feed.
import type { APIRoute } from 'astro';
import { getSiteData } from '../data.ts';
import { getSiteChannel } from '../lib/feeds/channels.ts';
import { toFeedResponse } from '../lib/feeds/response.ts';
import { urls } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () => {
	const { index, feedItems } = await getSiteData();
	return toFeedResponse('json', getSiteChannel(index, feedItems, SITE, urls.jsonFeed()), SITE);
};
