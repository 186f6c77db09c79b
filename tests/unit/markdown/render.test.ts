/**
 * The article renderer, run on a parsed tree as the content loader runs it after the gate.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { createBodyRenderer } from '../../../src/lib/markdown/render.ts';
import type { Source } from '../../../src/lib/schema/source.ts';

const sources: Record<string, Source> = {
	'wire-report': {
		publisher: 'AP',
		via: 'WKMG',
		title: 'A wire preview',
		titleIsQuoted: false,
		url: 'https://example.org/wire',
		published: new Date(Date.UTC(2025, 2, 10)),
		accessed: new Date(Date.UTC(2026, 10, 24)),
		archived: null,
		type: 'wire',
		language: 'en',
	},
	'ministry-page': {
		publisher: 'French foreign ministry',
		title: 'Interview',
		titleIsQuoted: true,
		url: null,
		note: 'Address not recorded.',
		published: 'unknown',
		accessed: new Date(Date.UTC(2026, 10, 24)),
		archived: 'https://web.archive.org/web/2026/https://example.org/ministry',
		type: 'official',
		language: 'fr',
	},
	'print-only': {
		publisher: 'Gazette',
		title: 'Print edition',
		titleIsQuoted: false,
		url: null,
		note: 'Read in print.',
		published: 'unknown',
		accessed: new Date(Date.UTC(2026, 10, 24)),
		archived: null,
		type: 'outlet',
		language: 'en',
	},
};

const renderBody = createBodyRenderer({ getSource: (id) => sources[id] });

async function render(markdown: string): Promise<string> {
	return (await renderBody(parseMarkdown(markdown))).html;
}

describe('citations', () => {
	it('numbers citations in order of first use and reuses the number for a repeat', async () => {
		const html = await render('One.[^ministry-page] Two.[^wire-report] Again.[^ministry-page]');
		const numbers = [...html.matchAll(/data-footnote-ref[^>]*>(\d+)</g)].map((match) => match[1]);
		expect(numbers).toEqual(['1', '2', '1']);
		expect(html).not.toContain('[^');
	});

	it('links each citation to its reference and back', async () => {
		const html = await render('One.[^wire-report]');
		expect(html).toContain(
			'href="#user-content-fn-wire-report" id="user-content-fnref-wire-report"',
		);
		expect(html).toContain('<li id="user-content-fn-wire-report">');
		expect(html).toContain('href="#user-content-fnref-wire-report"');
	});

	it('builds the references list from the source: publisher, title, date, type and links', async () => {
		const html = await render('One.[^wire-report] Two.[^ministry-page]');
		expect(html).toContain('<h2 id="footnote-label">References');
		expect(html).toContain(
			'<span class="reference-publisher">AP (via WKMG)</span>: <span class="reference-title">A wire preview</span>, <time datetime="2025-03-10">10 March 2025</time>. <span class="reference-type">Wire report</span>. <a href="https://example.org/wire">Original</a> · <a href="https://web.archive.org/web/*/https://example.org/wire">Look it up in the Wayback Machine</a>.',
		);
		expect(html).toContain(
			'<span class="reference-title">“Interview”</span>, date unknown. <span class="reference-type">Official source</span>. Address not known · <a href="https://web.archive.org/web/2026/https://example.org/ministry">Archived copy</a>.',
		);
	});

	it('says a source without an address has no archived copy, rather than linking a search', async () => {
		const html = await render('One.[^print-only]');
		expect(html).toContain(
			'<span class="reference-type">News outlet</span>. Address not known · No archived copy. <a href="#user-content-fnref-print-only"',
		);
		expect(html).not.toContain('web.archive.org');
	});

	it('fails on a citation of a source that does not exist', async () => {
		await expect(render('Nobody.[^no-such-source]')).rejects.toThrow(
			'cites unknown source "no-such-source"',
		);
	});

	it('leaves citation-like text in code alone', async () => {
		const html = await render('Write `[^wire-report]` to cite. Real one.[^wire-report]');
		expect(html).toContain('<code>[^wire-report]</code>');
		expect([...html.matchAll(/data-footnote-ref/g)]).toHaveLength(1);
	});
});

describe('sanitizing', () => {
	it('removes scripts, iframes, event handlers and javascript: links even if the gate were bypassed', async () => {
		const html = await render(
			'Hi.[^wire-report]\n\n<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n<img src="x" onerror="alert(1)">\n\n[x](javascript:alert(1))',
		);
		expect(html).not.toMatch(/<script|<iframe|onerror|javascript:/i);
	});
});

describe('typography', () => {
	it('curls quotes and turns -- into a dash, as Astro Markdown does', async () => {
		expect(await render('"Paris" -- it\'s done.[^wire-report]')).toContain(
			'<p>“Paris” — it’s done.',
		);
	});
});

describe('headings', () => {
	it('lists the headings for render(entry).headings', async () => {
		const { headings } = await renderBody(parseMarkdown('## What happened\n\nText.[^wire-report]'));
		expect(headings.map((heading) => [heading.depth, heading.slug])).toEqual([
			[2, 'what-happened'],
			[2, 'footnote-label'],
		]);
	});

	it('gives section headings an id and a "#" link hidden from screen readers', async () => {
		const html = await render('## What happened\n\nText.[^wire-report]');
		expect(html).toContain(
			'<h2 id="what-happened">What happened<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#what-happened">#</a></h2>',
		);
	});
});

describe('back-links', () => {
	it('names each back-link by its reference number, and by the citation when a source is cited again', async () => {
		const html = await render('One.[^wire-report] Two.[^ministry-page] Again.[^ministry-page]');
		const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
		expect(labels).toEqual([
			'Back to reference 1',
			'Back to reference 2',
			'Back to reference 2, citation 2',
		]);
	});
});

describe('errors', () => {
	it('names the file it was given in the error for an unknown source', async () => {
		const error: unknown = await renderBody(
			parseMarkdown('Nobody.[^no-such-source]'),
			'content/articles/example.md',
		).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ file: 'content/articles/example.md' });
	});

	it('names no file when it was given none', async () => {
		const error: unknown = await renderBody(parseMarkdown('Nobody.[^no-such-source]')).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ file: '' });
	});
});
