// /participants/<id>/rss.xml: the newest articles about one participant. Only participants at
// least one article is about get a feed; the others get no file (and their page no autodiscovery
// link).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { getParticipantChannel, getParticipantsWithFeeds } from '../../../lib/feeds/channels.ts';
import { toFeedResponse } from '../../../lib/feeds/response.ts';
import { SITE } from '../../../site.ts';

export const getStaticPaths = (async () =>
	getParticipantsWithFeeds((await getSiteData()).index).map((id) => ({
		params: { id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { index, feedItems } = await getSiteData();
	return toFeedResponse(
		'rss',
		getParticipantChannel(index, feedItems, params.id ?? '', SITE),
		SITE,
	);
};
