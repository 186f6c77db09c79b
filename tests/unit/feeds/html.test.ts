import { describe, expect, it } from 'vitest';
import {
	fromHtmlFragment,
	toAbsoluteHref,
	toFeedHtml as toFeedHtmlFromTree,
} from '../../../src/lib/feeds/html.ts';

const toFeedHtml = (html: string, pageUrl: string) =>
	toFeedHtmlFromTree(fromHtmlFragment(html), pageUrl);

const page = 'https://example.org/articles/paris/';

describe('toAbsoluteHref', () => {
	it('points a fragment at the article page, not at the feed reader', () => {
		expect(toAbsoluteHref('#user-content-fn-ap', page)).toBe(
			'https://example.org/articles/paris/#user-content-fn-ap',
		);
	});

	it('makes site paths and relative paths absolute', () => {
		expect(toAbsoluteHref('/timeline/', page)).toBe('https://example.org/timeline/');
		expect(toAbsoluteHref('/timeline/#2025-03-11-meeting', page)).toBe(
			'https://example.org/timeline/#2025-03-11-meeting',
		);
		expect(toAbsoluteHref('../other/', page)).toBe('https://example.org/articles/other/');
	});

	it('leaves absolute URLs as they are', () => {
		expect(toAbsoluteHref('https://apnews.com/a?b=1&c=2', page)).toBe(
			'https://apnews.com/a?b=1&c=2',
		);
		expect(toAbsoluteHref('mailto:editor@example.org', page)).toBe('mailto:editor@example.org');
	});
});

describe('toFeedHtml', () => {
	it('rewrites citation links, back-links and site links to absolute URLs', () => {
		const html =
			'<p>Text.<sup><a href="#user-content-fn-ap" id="user-content-fnref-ap" data-footnote-ref="">1</a></sup> See <a href="/timeline/">the timeline</a>.</p>' +
			'<section data-footnotes="" class="footnotes"><ol><li id="user-content-fn-ap"><p>AP. <a href="https://apnews.com/x">Original</a> <a href="#user-content-fnref-ap" data-footnote-backref="">↩</a></p></li></ol></section>';
		expect(toFeedHtml(html, page)).toBe(
			'<p>Text.<sup><a href="https://example.org/articles/paris/#user-content-fn-ap" id="user-content-fnref-ap" data-footnote-ref="">1</a></sup> See <a href="https://example.org/timeline/">the timeline</a>.</p>' +
				'<section data-footnotes="" class="footnotes"><ol><li id="user-content-fn-ap"><p>AP. <a href="https://apnews.com/x">Original</a> <a href="https://example.org/articles/paris/#user-content-fnref-ap" data-footnote-backref="">↩</a></p></li></ol></section>',
		);
	});

	it('drops the "#" section links but keeps the heading and its id', () => {
		const html =
			'<h2 id="what-next">What next<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#what-next">#</a></h2>';
		expect(toFeedHtml(html, page)).toBe('<h2 id="what-next">What next</h2>');
	});

	it('leaves no root-relative or fragment-only URL anywhere', () => {
		const html =
			'<a href="/a/">a</a><a href="#b">b</a><blockquote cite="/c/">c</blockquote><a href="d/">d</a>';
		const out = toFeedHtml(html, page);
		expect(out).not.toMatch(/(?:href|cite)="(?!https:)/);
	});
});

describe('feed HTML from a tree', () => {
	it('escapes text and attribute values as it serialises', () => {
		expect(toFeedHtml('<p title="a &quot;b&quot;">&lt;b&gt; &amp; "q"</p>', page)).toBe(
			'<p title="a &#x22;b&#x22;">&#x3C;b> &#x26; "q"</p>',
		);
	});
});
