/**
 * Checks every page of the built site the way a link checker would: no link to /undefined/, every
 * site link and #fragment resolves to a file and an element in dist/.
 */
import { describe, expect, it } from 'vitest';
import { attr, existsInDist, listPages, readPage, select, toSitePath } from '../helpers/dist.ts';

const pages = listPages();

function idsOn(page: string): Set<string> {
	return new Set(select(readPage(page), '[id]').map((element) => attr(element, 'id')));
}

describe('links in dist/', () => {
	it('builds pages', () => {
		expect(pages.length).toBeGreaterThan(3);
	});

	it('never links to /undefined/ or leaves an unresolved citation on a page', () => {
		const bad = pages.filter((page) => {
			const html = JSON.stringify(readPage(page));
			return html.includes('/undefined') || /\[\^[^\]]*\]/.test(html);
		});
		expect(bad).toEqual([]);
	});

	it('resolves every site link and fragment to a file and an element', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const here = toSitePath(page);
			for (const link of select(readPage(page), 'a[href], link[href]')) {
				const href = attr(link, 'href');
				if (/^(?:https?:|mailto:)/.test(href)) continue;
				const url = new URL(href, `https://site.invalid${here}`);
				const target = url.pathname;
				if (!existsInDist(target)) {
					broken.push(`${here} → ${href} (no file)`);
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (
					fragment &&
					target.endsWith('/') &&
					!idsOn(`${target.slice(1)}index.html`).has(fragment)
				) {
					broken.push(`${here} → ${href} (no element #${fragment})`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
