// /atom.xml: the same items as /rss.xml, as Atom 1.0 written by the `feed` package.
import type { APIRoute } from 'astro';
import { getContent } from '../data.ts';
import { getSiteChannel } from '../lib/feeds/channels.ts';
import { toAtom } from '../lib/feeds/writers.ts';
import { urls } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
	new Response(
		toAtom(getSiteChannel(await getContent(), SITE, urls.atom()), SITE.url, SITE.title),
		{
			headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
		},
	);
