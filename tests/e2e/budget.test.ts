/**
 * Byte budgets for what readers download, asserted on the build because bytes are deterministic
 * (time is not: `npm run bench` prints build and gate times). Budgets leave room to grow; raise one
 * only on purpose, in review.
 */
import { describe, expect, it } from 'vitest';
import { weighPage } from '../../scripts/page-weight.ts';
import { DIST, listPages } from '../helpers/dist.ts';

const KiB = 1024;
const pages = listPages();

describe('page weight', () => {
	it('keeps every article page under 24 KiB of HTML and CSS, gzipped', () => {
		const over = pages
			.filter((page) => /^articles\/[^/]+\/index\.html$/.test(page))
			.map((page) => ({ page, weight: weighPage(DIST, page) }))
			.filter(({ weight }) => weight.html.gzip + weight.css.gzip > 24 * KiB)
			.map(({ page, weight }) => `${page}: ${weight.html.gzip + weight.css.gzip} bytes`);
		expect(over).toEqual([]);
	});

	it('keeps the stylesheets of any page under 8 KiB gzipped', () => {
		const over = pages
			.map((page) => ({ page, css: weighPage(DIST, page).css.gzip }))
			.filter(({ css }) => css > 8 * KiB);
		expect(over).toEqual([]);
	});

	it('loads script files only on the search page', () => {
		const withScripts = pages.filter((page) => weighPage(DIST, page).scripts.length > 0);
		expect(withScripts.filter((page) => page !== 'search/index.html')).toEqual([]);
	});
});
