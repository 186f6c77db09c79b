/** A feed endpoint's reply: the file in its format, with the media type feed readers expect. */
import type { FeedChannel } from './writers.ts';
import { toAtom, toJsonFeed, toRss } from './writers.ts';

const FORMATS = {
	rss: { write: toRss, type: 'application/rss+xml; charset=utf-8' },
	atom: { write: toAtom, type: 'application/atom+xml; charset=utf-8' },
	json: { write: toJsonFeed, type: 'application/feed+json; charset=utf-8' },
} as const;

/**
 * The Response of a feed endpoint.
 * @param site the site's origin, e.g. SITE.url; `siteTitle` names the feed's author
 */
export function toFeedResponse(
	format: keyof typeof FORMATS,
	channel: FeedChannel,
	site: { url: string; title: string },
): Response {
	const { write, type } = FORMATS[format];
	return new Response(write(channel, site.url, site.title), { headers: { 'Content-Type': type } });
}
