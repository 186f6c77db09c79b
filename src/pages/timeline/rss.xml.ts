// /timeline/rss.xml: one item per event, newest check first (see src/lib/feeds/items.ts for what
// "new and changed" means and where the dates come from).
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { getTimelineChannel } from '../../lib/feeds/channels.ts';
import { toFeedResponse } from '../../lib/feeds/response.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async () =>
	toFeedResponse('rss', getTimelineChannel((await getSiteData()).index, SITE), SITE);
