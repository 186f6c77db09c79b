/** The page `astro dev` serves while the content has errors, written out in full. */
import { describe, expect, it } from 'vitest';
import { toProblemPage } from '../../../src/lib/gate/problem-page.ts';

describe('toProblemPage', () => {
	it('is a whole document listing each problem line and the summary, with the text escaped', () => {
		const html = toProblemPage(
			[
				'content/events/paris.yaml:3: when.date: expected YYYY-MM-DD',
				'content/articles/a.md:9: body: raw HTML <script> is not allowed',
			],
			'1 article, 1 event, 0 participants, 0 sources, 0 claims: 2 problems',
		);
		expect(html).toBe(
			'<!doctype html><html lang="en"><head><meta charset="utf-8">' +
				'<meta name="viewport" content="width=device-width, initial-scale=1">' +
				'<title>Content problems — Paris Talks Tracker</title>' +
				'<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}' +
				'li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin:.5rem 0}</style></head>' +
				'<body><main><h1>The content has problems</h1>' +
				'<p>Fix each line below; this page reloads when the files are saved. The same list is in the terminal, and <code>npm run check:content</code> prints it again.</p>' +
				'<ol><li>content/events/paris.yaml:3: when.date: expected YYYY-MM-DD</li>' +
				'<li>content/articles/a.md:9: body: raw HTML &#x3C;script> is not allowed</li></ol>' +
				'<p><strong>1 article, 1 event, 0 participants, 0 sources, 0 claims: 2 problems</strong></p>' +
				'</main></body></html>',
		);
	});
});
