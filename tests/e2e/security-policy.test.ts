/**
 * The security policy as built: every page carries its Content-Security-Policy in a <meta> tag
 * (Astro's security.csp) that allows its own inline scripts and styles by hash and nothing else
 * inline; dist/_headers adds, for the hosts that read it, only what a meta tag cannot say. The
 * expected policies are written out here, so a loosened one shows up in review. tests/e2e/csp.test.ts
 * loads the pages in Chromium under these policies.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, DIST, listPages, readDistText, readPage, select } from '../helpers/dist.ts';
import { headersFor, readHeadersFile } from '../helpers/headers-file.ts';

const pages = listPages();
const META = '<meta http-equiv="content-security-policy"';

/** A page's meta policy as directive → sources, e.g. `{ 'default-src': ["'self'"] }`. */
function policyOf(page: string): Record<string, string[]> {
	const metas = select(readPage(page), 'meta[http-equiv="content-security-policy"]');
	const [meta] = metas;
	if (!meta || metas.length !== 1) {
		throw new Error(`${page}: ${metas.length} CSP meta tags, expected 1`);
	}
	return Object.fromEntries(
		attr(meta, 'content')
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources]),
	);
}

const isHash = (source: string) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source);
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the meta policy', () => {
	it('is on every page, before any script or style it governs', () => {
		const late = pages.filter((page) => {
			const html = readDistText(page);
			// JSON-LD may come first: it is data, never run.
			const first = html.search(
				/<script(?![^>]*application\/ld\+json)|<style|<link[^>]*rel="stylesheet"/,
			);
			return !html.includes(META) || (first !== -1 && html.indexOf(META) > first);
		});
		expect(pages.length).toBeGreaterThan(0);
		expect(late).toEqual([]);
	});

	it('allows this site only, scripts and styles by hash, and nothing inline or eval', () => {
		const unexpected = pages.flatMap((page) => {
			const { 'script-src': scripts = [], 'style-src': styles = [], ...rest } = policyOf(page);
			const problems: string[] = [];
			const fixed = { ...rest, 'script-src': scripts.filter((s) => !isHash(s)) };
			const wanted = {
				'default-src': ["'self'"],
				'object-src': ["'none'"],
				'base-uri': ["'self'"],
				'form-action': ["'self'"],
				// WebAssembly for Pagefind when its worker cannot run (see csp.test.ts).
				'script-src': ["'self'", "'wasm-unsafe-eval'"],
			};
			if (JSON.stringify(fixed) !== JSON.stringify(wanted)) problems.push(JSON.stringify(fixed));
			if (styles.filter((s) => !isHash(s)).join(' ') !== "'self'") problems.push(styles.join(' '));
			return problems.map((problem) => `${page}: ${problem}`);
		});
		expect(unexpected).toEqual([]);
	});

	it('lists the hash of every inline script and style on the page', () => {
		const missing = pages.flatMap((page) => {
			const policy = policyOf(page);
			const html = readDistText(page);
			const needed = [
				...[...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
					// JSON-LD is data: browsers never run it, so the policy does not apply.
					.filter((match) => !/type="application\/ld\+json"/.test(match[1] ?? ''))
					.map((match) => ['script-src', hashOf(match[2] ?? '')] as const),
				...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
					(match) => ['style-src', hashOf(match[1] ?? '')] as const,
				),
			];
			return needed
				.filter(([directive, hash]) => !policy[directive]?.includes(hash))
				.map(([directive, hash]) => `${page}: ${directive} lacks ${hash}`);
		});
		expect(missing).toEqual([]);
	});

	it('leaves no style attribute or event handler, which hashes cannot allow', () => {
		const inline = pages.flatMap((page) =>
			select(readPage(page), '*').flatMap((element) =>
				Object.keys(element.properties)
					.filter((name) => name === 'style' || /^on[a-z]/.test(name))
					.map((name) => `${page}: <${element.tagName} ${name}="${attr(element, name)}">`),
			),
		);
		expect(inline).toEqual([]);
	});

	it('leaves no page loading a script, stylesheet or image from another host', () => {
		const external = pages.flatMap((page) =>
			select(readPage(page), 'script[src], link[rel~="stylesheet"], img[src]')
				.map((element) => attr(element, 'src') || attr(element, 'href'))
				.filter((url) => /^(?:https?:)?\/\//.test(url))
				.map((url) => `${page}: ${url}`),
		);
		expect(external).toEqual([]);
	});
});

describe('dist/_headers', () => {
	const rules = readHeadersFile(join(DIST, '_headers'));

	it('adds to every page only what a meta policy cannot say, and the other security headers', () => {
		expect(headersFor(rules, '/articles/')).toEqual({
			'content-security-policy': "frame-ancestors 'none'",
			'x-frame-options': 'DENY',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
			'cross-origin-opener-policy': 'same-origin',
			'strict-transport-security': 'max-age=31536000',
		});
	});

	it('lets browsers keep the files Astro names after their content', () => {
		expect(headersFor(rules, '/_astro/BaseLayout.abc123.css')['cache-control']).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(headersFor(rules, '/articles/')['cache-control']).toBeUndefined();
	});
});
