/**
 * Each built-site check in tests/helpers/site-checks.ts, run on tiny hand-made trees: it passes a
 * good page and names the exact problem on a broken one, so none can pass by checking nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDist, type DistReader } from '../../helpers/dist.ts';
import {
	findBrokenCitations,
	findBrokenLinks,
	findForeignLoads,
	findGluedWordsOnPages,
	findInvalidHtml,
	findMissingPages,
	findUndefinedLinks,
} from '../../helpers/site-checks.ts';

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A valid page around `main`. */
const page = (main: string, head = '') =>
	`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A page</title>\n${head}</head>\n<body>\n<main id="main">\n${main}\n</main>\n</body>\n</html>\n`;

/** Writes `files` (path → text) into a new temporary folder and opens it as a built site. */
function site(files: Record<string, string>): DistReader {
	const root = mkdtempSync(join(tmpdir(), 'site-check-'));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return openDist(root);
}

const good = site({
	'index.html': page(
		'<h1>Home</h1>\n<p><a href="/a/#part">A part</a> and <a href="/a/">A</a>.</p>',
	),
	'a/index.html': page(
		[
			'<h1>A</h1>',
			'<p id="part">Text.<sup><a href="#user-content-fn-wire" id="user-content-fnref-wire" data-footnote-ref>1</a></sup></p>',
			'<section class="footnotes"><ol><li id="user-content-fn-wire"><span class="reference-publisher">AP</span> <a href="https://example.org/ap">Link</a></li></ol></section>',
		].join('\n'),
		'<link rel="stylesheet" href="/_astro/site.css">\n',
	),
	'_astro/site.css': 'p { margin: 0; }',
});

describe('findUndefinedLinks', () => {
	it('passes links built from real values', () => {
		expect(findUndefinedLinks(good)).toEqual([]);
	});

	it('names each link with /undefined in it', () => {
		const broken = site({
			'index.html': page(
				'<a href="/participants/undefined/">P</a> <a href="/timeline/#undefined">T</a> <a href="/undefined">U</a>',
			),
		});
		expect(findUndefinedLinks(broken)).toEqual([
			'index.html: /participants/undefined/',
			'index.html: /undefined',
		]);
	});
});

describe('findBrokenLinks', () => {
	it('passes links to pages and elements that exist', () => {
		expect(findBrokenLinks(good)).toEqual([]);
	});

	it('names a link to a missing page and a link to a missing element', () => {
		const broken = site({
			'index.html': page(
				'<a href="/nowhere/">N</a> <a href="/b/#gone">G</a> <a href="#main">M</a>',
			),
			'b/index.html': page('<p id="here">B</p>'),
		});
		expect(findBrokenLinks(broken)).toEqual([
			'/ → /nowhere/ (no file)',
			'/ → /b/#gone (no element #gone)',
		]);
	});
});

describe('findBrokenCitations', () => {
	it('passes citations that lead to a reference with a publisher and a link', () => {
		expect(findBrokenCitations(good)).toEqual([]);
	});

	it('names a citation left as text, one with no reference, and a reference without publisher', () => {
		const broken = site({
			'index.html': page(
				[
					'<p>Text.[^wire] More.<sup><a href="#user-content-fn-gone" data-footnote-ref>1</a></sup></p>',
					'<section class="footnotes"><ol><li id="user-content-fn-x"><a href="https://example.org">Link</a></li></ol></section>',
				].join('\n'),
			),
		});
		expect(findBrokenCitations(broken)).toEqual([
			'index.html: unresolved citation [^wire]',
			'index.html: citation → #user-content-fn-gone (no such reference)',
			'index.html: reference #user-content-fn-x without publisher or address',
		]);
	});
});

describe('findInvalidHtml', () => {
	it('passes valid pages', async () => {
		expect(await findInvalidHtml(good)).toEqual([]);
	});

	it('reports each problem with its page, line, column and rule', async () => {
		const broken = site({
			'index.html': page(
				'<h1>One</h1>\n<div id="x"></div><div id="x"></div>\n<p><div>block in p</div></p>',
			),
		});
		expect(await findInvalidHtml(broken)).toMatchInlineSnapshot(`
			[
			  "index.html:10:28 no-dup-id: Duplicate ID "x"",
			  "index.html:11:2 no-implicit-close: Element <p> is implicitly closed by adjacent <div>",
			  "index.html:11:26 close-order: Stray end tag '</p>'",
			]
		`);
	});
});

describe('findForeignLoads', () => {
	it('passes scripts and stylesheets from this site', () => {
		expect(findForeignLoads(good)).toEqual([]);
	});

	it('names a script, stylesheet or image from another host', () => {
		const broken = site({
			'index.html': page(
				'<img src="https://cdn.example/x.png" alt="x"> <script src="//cdn.example/x.js"></script>',
				'<link rel="stylesheet" href="https://fonts.example/f.css">\n',
			),
		});
		expect(findForeignLoads(broken)).toEqual([
			'index.html: https://fonts.example/f.css',
			'index.html: https://cdn.example/x.png',
			'index.html: //cdn.example/x.js',
		]);
	});
});

describe('findGluedWordsOnPages', () => {
	it('passes words with a space between text and a link', () => {
		expect(findGluedWordsOnPages(good)).toEqual([]);
	});

	it('names two words run together across an element boundary', () => {
		const broken = site({ 'index.html': page('<p>See<a href="/">how</a> it works.</p>') });
		expect(findGluedWordsOnPages(broken)).toEqual(['index.html: See|how']);
	});
});

describe('findMissingPages', () => {
	it('names each path that has no built page', () => {
		expect(findMissingPages(good, ['/', '/a/', '/articles/x/'])).toEqual([
			'/articles/x/ (not built)',
		]);
	});
});
