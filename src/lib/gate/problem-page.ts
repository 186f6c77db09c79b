/**
 * The page `astro dev` serves instead of any page while the content has errors: the gate's own
 * lines, so the browser says what the terminal says. Plain HTML with its own small style, because
 * the site's layout may be what a broken file breaks.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** A whole HTML document listing `lines` (one problem each) and the gate's summary. */
export function toProblemPage(lines: readonly string[], summary: string): string {
	const tree = h(null, [
		{ type: 'doctype' },
		h('html', { lang: 'en' }, [
			h('head', [
				h('meta', { charset: 'utf-8' }),
				h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
				h('title', 'Content problems — Paris Talks Tracker'),
				h(
					'style',
					'body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}' +
						'li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin:.5rem 0}',
				),
			]),
			h('body', [
				h('main', [
					h('h1', 'The content has problems'),
					h('p', [
						'Fix each line below; this page reloads when the files are saved. The same list is in the terminal, and ',
						h('code', 'npm run check:content'),
						' prints it again.',
					]),
					h(
						'ol',
						lines.map((line) => h('li', line)),
					),
					h('p', h('strong', summary)),
				]),
			]),
		]),
	]);
	return toHtml(tree);
}
