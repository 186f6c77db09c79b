// /feed.json: the same items as /rss.xml, as JSON Feed 1.1.
import type { APIRoute } from 'astro';
import { getContent } from '../data.ts';
import { getSiteChannel } from '../lib/feeds/channels.ts';
import { toJsonFeed } from '../lib/feeds/writers.ts';
import { urls } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
	new Response(
		toJsonFeed(getSiteChannel(await getContent(), SITE, urls.jsonFeed()), SITE.url, SITE.title),
		{
			headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
		},
	);
