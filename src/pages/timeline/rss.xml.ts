// /timeline/rss.xml: one item per event, newest check first (see src/lib/feeds/items.ts for what
// "new and changed" means and where the dates come from).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../../data.ts';
import { getTimelineChannel } from '../../lib/feeds/channels.ts';
import { toRssOptions } from '../../lib/feeds/writers.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async () =>
	rss(toRssOptions(getTimelineChannel(await getContent(), SITE)));
