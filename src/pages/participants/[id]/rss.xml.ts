// /participants/<id>/rss.xml: articles about one participant. Only participants at least one
// article is about get a feed; the others get no file (and their page no autodiscovery link).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getContent } from '../../../data.ts';
import { getParticipantChannel } from '../../../lib/feeds/channels.ts';
import { getParticipantsWithFeeds, toRssOptions } from '../../../lib/feeds/writers.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths = (async () =>
	getParticipantsWithFeeds(await getArticles()).map((id) => ({
		params: { id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	rss(toRssOptions(getParticipantChannel(await getContent(), params.id ?? '', SITE)));
