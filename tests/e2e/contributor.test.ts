/**
 * What the contributor workflow adds to the built site: on every article, "Suggest a correction",
 * "Edit this page" and the history; and security headers for hosts that read dist/_headers that
 * allow exactly the inline code the pages contain.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { attr, DIST, listPages, readDistText, readPage, select } from '../helpers/dist.ts';

const articles = listPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page));

describe('article pages', () => {
	it('link to their file, a correction form for their page, and show their history', () => {
		const base = SITE.repository.replace(/\/+$/, '');
		const wrong = articles.flatMap((page) => {
			const id = page.split('/')[1] ?? '';
			const tree = readPage(page);
			const hrefs = select(tree, '.edit-links a').map((link) => attr(link, 'href'));
			const found: string[] = [];
			if (!hrefs.includes(`${base}/edit/main/content/articles/${id}.md`))
				found.push('no edit link');
			const correction = hrefs.find((href) => href.includes('/issues/new?'));
			if (
				new URL(correction ?? 'https://x.invalid').searchParams.get('page') !==
				`${SITE.url}/articles/${id}/`
			)
				found.push(`correction form ${correction}`);
			if (select(tree, '.article-history li time').length === 0) found.push('no history');
			return found.map((problem) => `${page}: ${problem}`);
		});
		expect(wrong).toEqual([]);
	});
});

describe('dist/_headers', () => {
	const headers = readFileSync(join(DIST, '_headers'), 'utf8');
	const csp = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
	const directive = (name: string) =>
		csp
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.find(([key]) => key === name)
			?.slice(1) ?? [];

	it('is copied from public/ with a policy that defaults to this site only', () => {
		expect(directive('default-src')).toEqual(["'self'"]);
		expect(directive('object-src')).toEqual(["'none'"]);
	});

	it('allows by hash every inline script the pages run, and nothing else inline', () => {
		const needed = new Set<string>();
		for (const page of listPages()) {
			const html = readDistText(page);
			for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
				// JSON-LD is data: browsers never run it, so CSP does not apply.
				if (/type="application\/ld\+json"/.test(match[1] ?? '')) continue;
				needed.add(
					`'sha256-${createHash('sha256')
						.update(match[2] ?? '')
						.digest('base64')}'`,
				);
			}
		}
		const allowed = directive('script-src').filter((source) => source.startsWith("'sha256-"));
		// If this fails, a page's inline script changed: put these hashes in public/_headers.
		expect(allowed.sort()).toEqual([...needed].sort());
		expect(directive('script-src')).not.toContain("'unsafe-inline'");
	});

	it('leaves no page loading a script, stylesheet or image from another host', () => {
		const external = listPages().flatMap((page) =>
			select(readPage(page), 'script[src], link[rel~="stylesheet"], img[src]')
				.map((element) => attr(element, 'src') || attr(element, 'href'))
				.filter((url) => /^(?:https?:)?\/\//.test(url))
				.map((url) => `${page}: ${url}`),
		);
		expect(external).toEqual([]);
	});
});
