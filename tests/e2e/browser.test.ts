/**
 * What only a browser can tell: axe finds no accessibility violation on one page of each type
 * (light and dark), the timeline and the attendance matrix work from the keyboard with a visible
 * focus, every page reads the same with JavaScript off, and search works with it on. dist/ is
 * served by a tiny local server; the pages may not request anything from another host.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../helpers/browser.ts';
import { list, readEntries } from '../helpers/raw-content.ts';
import { getPageTypes } from '../helpers/page-types.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { urls } from '../../src/lib/urls.ts';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const events = readEntries('events');

// One page of each type. The static server answers a missing address with the 404 page, as a host would.
const PAGES = { ...getPageTypes(), notFound: '/no-such-page/' };
/** How long a test that goes over every page type may take: on a busy 2-core machine a page takes seconds. */
const EVERY_PAGE_TIMEOUT = 300_000;

interface AxeResult {
	violations: Array<{
		id: string;
		impact: string;
		help: string;
		nodes: Array<{ target: string[] }>;
	}>;
}

let server: StaticServer;
let browser: Browser;
const foreign: string[] = [];
/** How many requests the pages made, to this host or another. */
let requested = 0;

beforeAll(async () => {
	if (!hasChromium()) {
		throw new Error(
			`No Chromium at ${CHROMIUM_PATH} — install the Debian package (apt-get install chromium) or set CHROMIUM_PATH`,
		);
	}
	server = await serveDist();
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A page in a fresh context that records any request to another host. */
async function open(
	path: string,
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const page = await context.newPage();
	page.on('request', (request) => {
		requested += 1;
		if (!request.url().startsWith(server.origin)) foreign.push(`${path}: ${request.url()}`);
	});
	await page.goto(server.origin + path);
	return { context, page };
}

async function runAxe(page: Page): Promise<string[]> {
	// Evaluated rather than added as a <script>: the page's Content-Security-Policy would block it.
	await page.evaluate(AXE_SOURCE);
	const result = await page.evaluate(() =>
		(window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run(),
	);
	return result.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')}`,
	);
}

/** Presses Tab until `test` holds for the focused element, at most `limit` times; returns the count. */
async function tabUntil(page: Page, test: string, limit = 60): Promise<number> {
	for (let count = 1; count <= limit; count += 1) {
		await page.keyboard.press('Tab');
		const matched = await page.evaluate(
			(selector) => document.activeElement?.matches(selector) ?? false,
			test,
		);
		if (matched) return count;
	}
	return -1;
}

/** Whether the focused element draws a visible focus indicator. */
function focusIsVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const element = document.activeElement;
		if (!element || element === document.body) return false;
		const style = getComputedStyle(element);
		return (
			element.matches(':focus-visible') &&
			style.outlineStyle !== 'none' &&
			Number.parseFloat(style.outlineWidth) >= 2
		);
	});
}

describe('accessibility (axe)', () => {
	it(
		'finds no violation on any page type, in light or dark mode',
		async () => {
			const violations: string[] = [];
			for (const [type, path] of Object.entries(PAGES)) {
				for (const colorScheme of ['light', 'dark'] as const) {
					const { context, page } = await open(path, { colorScheme });
					for (const violation of await runAxe(page))
						violations.push(`${type} (${colorScheme}): ${violation}`);
					await context.close();
				}
			}
			expect(violations).toEqual([]);
		},
		EVERY_PAGE_TIMEOUT,
	);
});

describe('keyboard', () => {
	it('reaches the skip link first, and it moves focus to the content', async () => {
		const { context, page } = await open('/timeline/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
		expect(await focusIsVisible(page)).toBe(true);
		const box = await page.locator('.skip-link').boundingBox();
		expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await context.close();
	});

	it('moves through the timeline by month and event links, with focus always visible', async () => {
		const { context, page } = await open('/timeline/');
		expect(await tabUntil(page, 'nav[aria-label="Months"] a')).toBeGreaterThan(0);
		expect(await focusIsVisible(page)).toBe(true);
		const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe(target);
		expect(await tabUntil(page, 'li[id] a')).toBeGreaterThan(0);
		expect(await focusIsVisible(page)).toBe(true);
		await context.close();
	});

	it('lands on an event from its URL and shows it is the target', async () => {
		const event = events[0];
		const { context, page } = await open(`/timeline/#${event?.id ?? ''}`);
		const outline = await page.evaluate(
			(id) => getComputedStyle(document.getElementById(id) as Element).outlineStyle,
			event?.id ?? '',
		);
		expect(outline).not.toBe('none');
		await context.close();
	});

	it('reaches the attendance matrix region with Tab, shows focus, and scrolls it with the arrow keys', async () => {
		// Narrower than the table, so that there is something to scroll (at 320 px one meeting fits).
		const width = 240;
		const { context, page } = await open('/attendance/', {
			viewport: { width, height: 700 },
		});
		expect(await tabUntil(page, 'section.matrix-scroll')).toBeGreaterThan(0);
		expect(await focusIsVisible(page)).toBe(true);
		const region = page.locator('section.matrix-scroll');
		const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
			scrollWidth: element.scrollWidth,
			clientWidth: element.clientWidth,
		}));
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
		await context.close();
	});

	it(
		'never makes a page scroll sideways on a 320 px phone',
		async () => {
			for (const path of Object.values(PAGES)) {
				const { context, page } = await open(path, { viewport: { width: 320, height: 700 } });
				const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(pageWidth, path).toBeLessThanOrEqual(320);
				await context.close();
			}
		},
		EVERY_PAGE_TIMEOUT,
	);
});

/** The words of <main> as a reader sees them, less the search widget (it needs JavaScript). */
async function mainWords(page: Page, path: string): Promise<string[]> {
	await page.goto(server.origin + path);
	const text = await page.evaluate(() => {
		const main = document.querySelector('main');
		main?.querySelectorAll('.site-search').forEach((widget) => widget.remove());
		return main?.innerText ?? '';
	});
	return text.split(/\s+/).filter(Boolean);
}

/** '' when the two lists match word for word, else where they first differ, with a few words around. */
function firstDifference(withScript: string[], without: string[]): string {
	const at = withScript.findIndex((word, index) => word !== without[index]);
	const position = at === -1 ? withScript.length : at;
	if (at === -1 && withScript.length === without.length) return '';
	const around = (words: string[]) =>
		`«${words.slice(Math.max(0, position - 4), position + 4).join(' ')}»`;
	return `word ${position + 1}: with JavaScript ${around(withScript)}, without ${around(without)} (${withScript.length} and ${without.length} words)`;
}

describe('without JavaScript', () => {
	it(
		'every page type reads the same as with it, word for word (search: all but the search box)',
		async () => {
			const on = await open(urls.home());
			const off = await open(urls.home(), { javaScriptEnabled: false });
			const differences: string[] = [];
			const compared: string[] = [];
			for (const [type, path] of Object.entries(PAGES)) {
				const withScript = await mainWords(on.page, path);
				const without = await mainWords(off.page, path);
				const difference =
					withScript.length === 0 ? 'no text in <main>' : firstDifference(withScript, without);
				if (difference) differences.push(`${type} (${path}): ${difference}`);
				compared.push(type);
			}
			await on.context.close();
			await off.context.close();
			expect(differences).toEqual([]);
			expect(compared).toEqual(Object.keys(PAGES));
		},
		EVERY_PAGE_TIMEOUT,
	);

	it('shows every timeline event and every matrix record', async () => {
		const { context, page } = await open('/timeline/', { javaScriptEnabled: false });
		expect(await page.locator('main ol > li[id]').count()).toBe(events.length);
		await context.close();
		const records = events.reduce((sum, event) => sum + list(event, 'attendance').length, 0);
		const matrix = await open('/attendance/', { javaScriptEnabled: false });
		expect(await matrix.page.locator('td[id]').count()).toBe(records);
		await matrix.context.close();
	});

	it('offers the lists instead of a search box that cannot work', async () => {
		const { context, page } = await open('/search/', { javaScriptEnabled: false });
		expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
		expect(await page.locator('main a[href="/timeline/"]').isVisible()).toBe(true);
		await context.close();
	});
});

describe('search', () => {
	it('finds pages with the Pagefind index, from the same host', async () => {
		const { context, page } = await open('/search/');
		const input = page.getByLabel('Search articles, events, participants, sources and claims');
		await input.fill('Lecornu');
		await input.press('Enter');
		await expect
			.poll(() => page.locator('.search-results li').count(), { timeout: 15_000 })
			.toBeGreaterThan(0);
		expect(await page.locator('.search-status').innerText()).toMatch(/^\d+ results? for “Lecornu”/);
		expect(await page.locator('.search-results a').first().getAttribute('href')).toMatch(/^\//);
		expect(page.url()).toContain('?q=Lecornu');
		await context.close();
	});

	it('runs a search given in the address', async () => {
		const { context, page } = await open(`${'/search/'}?q=Khomchak`);
		await expect
			.poll(() => page.locator('.search-results li').count(), { timeout: 15_000 })
			.toBeGreaterThan(0);
		expect(await page.locator('#search-query').inputValue()).toBe('Khomchak');
		await context.close();
	});
});

describe('requests', () => {
	// Loads every page type itself (and runs a search), so that it has requests to check when run
	// alone; run with the rest of the file, it checks theirs too.
	it('never asks another host for anything, on any page type or in a search', async () => {
		const before = requested;
		for (const path of Object.values(PAGES)) {
			const { context } = await open(path);
			await context.close();
		}
		const { context, page } = await open(`${urls.search()}?q=Lecornu`);
		await expect
			.poll(() => page.locator('.search-results li').count(), { timeout: 15_000 })
			.toBeGreaterThan(0);
		await context.close();
		// Each page asks at least for itself and its stylesheet; the search for the Pagefind index.
		expect(requested - before).toBeGreaterThan(2 * Object.keys(PAGES).length);
		expect(foreign).toEqual([]);
	});
});
