/**
 * The Content-Security-Policy in Chromium: one page of each type loads, and the search page finds
 * results, without a single policy violation. Run twice: as GitHub Pages serves the site (no
 * headers, so only each page's <meta> policy) and as Netlify / Cloudflare Pages do (dist/_headers
 * sent too; a browser enforces both policies). Every violation is listed, from the page's
 * `securitypolicyviolation` events and from Chromium's console, workers included.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { headersFor, readHeadersFile } from '../helpers/headers-file.ts';
import { getPageTypes } from '../helpers/page-types.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

// One page of each type; the static server answers a missing address with the 404 page.
const PAGES = { ...getPageTypes(), notFound: '/no-such-page/' };

declare global {
	interface Window {
		/** Filled by the init script below with each violation the page reports. */
		cspViolations?: string[];
	}
}

/** Runs before any page script: records each violation the document reports, as one line. */
function recordViolations() {
	window.cspViolations = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		window.cspViolations?.push(
			`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || '(page)'}:${event.lineNumber}`,
		);
	});
}

const isCspMessage = (text: string) => /Content[ -]Security[ -]Policy/i.test(text);

/** A console message with the policy's hash lists shortened; the hash it asks for is kept. */
const shorten = (text: string) => text.replace(/( 'sha(?:256|384|512)-[^']+')+/g, ' …hashes');

/**
 * Types a query on the search page and waits for Pagefind's results; returns '' or, if none came,
 * why, so that a test can list the policy violations first (they are the likely cause).
 */
async function search(page: Page): Promise<string> {
	const input = page.getByLabel('Search articles, events, participants, sources and claims');
	await input.fill('Lecornu');
	await input.press('Enter');
	return expect
		.poll(() => page.locator('.search-results li').count(), { timeout: 15_000 })
		.toBeGreaterThan(0)
		.then(
			() => '',
			() => `no search results on ${page.url()}`,
		);
}

let browser: Browser;

beforeAll(async () => {
	if (!hasChromium()) {
		throw new Error(
			`No Chromium at ${CHROMIUM_PATH} — install the Debian package (apt-get install chromium) or set CHROMIUM_PATH`,
		);
	}
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
});

describe.each([
	{ host: 'GitHub Pages (meta policy only)', withHeaders: false },
	{ host: 'Netlify and Cloudflare Pages (meta policy and _headers)', withHeaders: true },
])('as $host', ({ withHeaders }) => {
	let server: StaticServer;

	beforeAll(async () => {
		const rules = withHeaders ? readHeadersFile(join(DIST, '_headers')) : [];
		server = await serveDist(DIST, (path) => headersFor(rules, path));
	});

	afterAll(async () => {
		await server?.close();
	});

	/**
	 * Opens `path` in a fresh context; `violations()` gives every one reported so far. With
	 * `withoutWorker`, Pagefind's worker script is refused, as a browser or host might.
	 */
	async function open(
		path: string,
		{ withoutWorker = false } = {},
	): Promise<{ page: Page; violations: () => Promise<string[]> }> {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(recordViolations);
		if (withoutWorker) {
			await context.route('**/pagefind/pagefind-worker.js', (route) =>
				route.fulfill({ status: 404 }),
			);
		}
		const page = await context.newPage();
		const messages: string[] = [];
		const listen = (text: string, from: string) => {
			if (isCspMessage(text)) messages.push(`${path}: console (${from}): ${shorten(text)}`);
		};
		page.on('console', (message) => listen(message.text(), 'page'));
		page.on('worker', (worker) =>
			worker.on('console', (message) => listen(message.text(), 'worker')),
		);
		page.on('pageerror', (error) => listen(error.message, 'uncaught'));
		await page.goto(server.origin + path);
		return {
			page,
			violations: async () => [
				...(await page.evaluate(() => window.cspViolations ?? [])).map(
					(line) => `${path}: ${line}`,
				),
				...messages,
			],
		};
	}

	it('loads one page of each type, and runs a search, with no policy violation', async () => {
		const found: string[] = [];
		const checked: string[] = [];
		for (const [type, path] of Object.entries(PAGES)) {
			const { page, violations } = await open(path);
			const failed = type === 'search' ? await search(page) : '';
			found.push(...(await violations()), ...(failed ? [failed] : []));
			checked.push(type);
			await page.context().close();
		}
		expect(found).toEqual([]);
		expect(checked).toEqual(Object.keys(PAGES));
	});

	// Pagefind runs its WebAssembly in a worker, whose policy comes with the worker script (none, or
	// _headers'), not from the page; without the worker it runs on the page, under the meta policy.
	it('searches on the page itself when the worker cannot start, with no policy violation', async () => {
		const { page, violations } = await open(urls.search(), { withoutWorker: true });
		const messages: string[] = [];
		page.on('console', (message) => messages.push(message.text()));
		const failed = await search(page);
		expect(await violations()).toEqual([]);
		expect(failed).toBe('');
		expect(messages).toContainEqual(expect.stringMatching(/falling back to main thread/));
		await page.context().close();
	});

	it('reports an inline script and a style attribute that the policy does not allow', async () => {
		const { page, violations } = await open(urls.home());
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.title = "changed"';
			document.body.append(script);
			document.body.setAttribute('style', 'color: red');
		});
		await expect
			.poll(violations)
			.toEqual([
				expect.stringMatching(/^\/: script-src-elem blocked inline at \(page\):\d+$/),
				expect.stringMatching(/^\/: style-src-attr blocked inline at \(page\):\d+$/),
				expect.stringMatching(
					/^\/: console \(page\): Executing inline script violates .* 'script-src 'self' 'wasm-unsafe-eval' …hashes'/,
				),
				expect.stringMatching(
					/^\/: console \(page\): Applying inline style violates .* 'style-src 'self' …hashes'/,
				),
			]);
		expect(await page.title()).not.toBe('changed');
		await page.context().close();
	});

	it(withHeaders ? 'sends the _headers policy' : 'sends no policy header', async () => {
		const { page } = await open(urls.home());
		const response = await page.request.get(server.origin + urls.home());
		expect(response.headers()['content-security-policy']).toBe(
			withHeaders ? "frame-ancestors 'none'" : undefined,
		);
		await page.context().close();
	});
});
