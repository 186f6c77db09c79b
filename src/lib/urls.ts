/**
 * Every URL the site links to is built here, so pages, feeds and tests cannot drift apart.
 * Paths end with "/" to match `trailingSlash: 'always'`.
 */

/** The path of page `page` of a list at `base`: the list itself for page 1. */
function withPage(base: string, page: number): string {
	return page <= 1 ? base : `${base}page/${page}/`;
}

export const urls = {
	home: () => '/',
	/** The article list; page 2 on is `/articles/page/2/`. */
	articles: (page = 1) => withPage('/articles/', page),
	article: (id: string) => `/articles/${id}/`,
	timeline: () => '/timeline/',
	event: (id: string) => `/timeline/#${id}`,
	participants: () => '/participants/',
	participant: (id: string) => `/participants/${id}/`,
	/** Every article about a participant, newest first; page 2 on is `…/articles/page/2/`. */
	participantArticles: (id: string, page = 1) => withPage(`/participants/${id}/articles/`, page),
	attendance: () => '/attendance/',
	/** A meeting's column header in the attendance matrix. */
	attendanceMeeting: (eventId: string) => `/attendance/#${eventId}`,
	/** One cell of the attendance matrix: a participant at a meeting. */
	attendanceRecord: (eventId: string, participantId: string) =>
		`/attendance/#${eventId}--${participantId}`,
	sources: () => '/sources/',
	source: (id: string) => `/sources/#${id}`,
	claims: () => '/claims/',
	claim: (id: string) => `/claims/#${id}`,
	tags: () => '/tags/',
	/** A tag's articles; page 2 on is `/tags/<tag>/page/2/`. */
	tag: (tag: string, page = 1) => withPage(`/tags/${tag}/`, page),
	about: () => '/about/',
	contribute: () => '/contribute/',
	search: () => '/search/',
	rss: () => '/rss.xml',
	atom: () => '/atom.xml',
	jsonFeed: () => '/feed.json',
	participantRss: (id: string) => `/participants/${id}/rss.xml`,
	tagRss: (tag: string) => `/tags/${tag}/rss.xml`,
	timelineRss: () => '/timeline/rss.xml',
	data: () => '/data/',
	/** A download under /data/, e.g. `dataFile('events', 'csv')` → `/data/events.csv`. */
	dataFile: (name: string, format: 'json' | 'csv' | 'schema.json') => `/data/${name}.${format}`,
	sitemap: () => '/sitemap-index.xml',
} as const;

/** Makes a site path absolute against the site's origin, e.g. for feeds and canonical links. */
export function toAbsoluteUrl(path: string, site: string): string {
	return new URL(path, site).href;
}
