// /rss.xml: every article in full, RSS 2.0 (see src/lib/feeds/writers.ts for dates, guids and limits).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../data.ts';
import { getSiteChannel } from '../lib/feeds/channels.ts';
import { toRssOptions } from '../lib/feeds/writers.ts';
import { urls } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
	rss(toRssOptions(getSiteChannel(await getContent(), SITE, urls.rss())));
