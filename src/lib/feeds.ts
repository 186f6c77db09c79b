/** A feed a page offers, for autodiscovery links and "Subscribe" lists. */
export interface Feed {
	title: string;
	/** Site path of the feed, e.g. `/rss.xml`. */
	href: string;
	type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
}
