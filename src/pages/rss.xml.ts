// /rss.xml: the newest articles in full, RSS 2.0 (see src/lib/feeds/writers.ts for dates, guids and limits).
import type { APIRoute } from 'astro';
import { getSiteData } from '../data.ts';
import { getSiteChannel } from '../lib/feeds/channels.ts';
import { toFeedResponse } from '../lib/feeds/response.ts';
import { urls } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () => {
	const { index, feedItems } = await getSiteData();
	return toFeedResponse('rss', getSiteChannel(index, feedItems, SITE, urls.rss()), SITE);
};
