/**
 * Every URL the site links to is built here, so pages, feeds and tests cannot drift apart.
 * Paths end with "/" to match `trailingSlash: 'always'`.
 */

export const urls = {
	home: () => '/',
	articles: () => '/articles/',
	article: (id: string) => `/articles/${id}/`,
	timeline: () => '/timeline/',
	event: (id: string) => `/timeline/#${id}`,
	participants: () => '/participants/',
	participant: (id: string) => `/participants/${id}/`,
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
	pledges: () => '/pledges/',
	tags: () => '/tags/',
	tag: (tag: string) => `/tags/${tag}/`,
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
