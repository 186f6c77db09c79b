/**
 * What to say about raw HTML in an article body: the element by name, once (an inline `<b>` and
 * its `</b>` arrive as two HTML nodes), with the Markdown that does the same job, or why there is
 * none (an embed cannot be written in Markdown at all).
 */

const LINK = '[text](https://…)';
const ADVICE: Record<string, string> = {
	b: 'write **bold** instead',
	strong: 'write **bold** instead',
	i: 'write *italic* instead',
	em: 'write *italic* instead',
	a: `write a Markdown link instead: ${LINK}`,
	br: 'start a new paragraph with a blank line instead',
	p: 'remove the tag: a blank line starts a paragraph',
	div: 'remove the tag: a blank line starts a paragraph',
	span: 'remove the tag and keep the text',
	img: 'link to the picture instead: [description](https://…)',
	ul: 'write the list as lines starting with "- "',
	ol: 'write the list as lines starting with "1. "',
	li: 'write the list as lines starting with "- "',
	blockquote: 'start each quoted line with "> "',
	code: 'put the text between backticks: `code`',
	table: 'write a Markdown table: | a | b | with a line | --- | --- | under the header',
	sup: 'remove it: citations are written [^source-id] and numbered by the site',
	h2: 'start the line with ## instead',
	h3: 'start the line with ### instead',
	h4: 'start the line with #### instead',
};
const EMBED = new Set(['iframe', 'script', 'embed', 'object', 'video', 'audio', 'style', 'form']);

/** One message per element opened in a piece of raw HTML (closing tags repeat the element). */
export function describeRawHtml(html: string): string[] {
	if (/^\s*<!--/.test(html))
		return [
			'an HTML comment is not allowed — remove it (notes for reviewers go in the pull request)',
		];
	const elements = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) =>
		(match[1] ?? '').toLowerCase(),
	);
	return elements.map((element) => {
		const advice = EMBED.has(element)
			? 'embedded content and scripts cannot be published; link to the page instead: [description](https://…)'
			: (ADVICE[element] ?? 'remove the tag and write the text in Markdown');
		return `raw HTML <${element}> is not allowed — ${advice}`;
	});
}
