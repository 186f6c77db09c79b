/** The robots.txt file (https://www.rfc-editor.org/rfc/rfc9309): everything allowed, and the sitemap. */
import { toAbsoluteUrl, urls } from './urls.ts';

/** robots.txt for a site at `site`, e.g. `https://example.org`. */
export function toRobotsTxt(site: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${toAbsoluteUrl(urls.sitemap(), site)}\n`;
}
