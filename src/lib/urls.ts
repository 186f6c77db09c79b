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
	sources: () => '/sources/',
	source: (id: string) => `/sources/#${id}`,
	claims: () => '/claims/',
	claim: (id: string) => `/claims/#${id}`,
	tags: () => '/tags/',
	tag: (tag: string) => `/tags/${tag}/`,
	about: () => '/about/',
	contribute: () => '/contribute/',
	rss: () => '/rss.xml',
} as const;

/** Makes a site path absolute against the site's origin, e.g. for feeds and canonical links. */
export function toAbsoluteUrl(path: string, site: string): string {
	return new URL(path, site).href;
}
