import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/lib/gate/check-body.ts';

const messages = (markdown: string) =>
	checkBody(`${markdown} [^wire-report]`, (id) => id === 'wire-report').findings.map(
		(finding) => `${finding.line}: ${finding.message}`,
	);

describe('raw HTML in a body', () => {
	it('is reported once per element, not once for the tag that opens it and again for the one that closes it', () => {
		expect(messages('A map: <iframe src="https://example.org/map"></iframe>.'))
			.toMatchInlineSnapshot(`
			[
			  "1: raw HTML <iframe> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)",
			]
		`);
	});

	it('gets the Markdown that replaces the element, or plain removal for one Markdown has no word for', () => {
		expect(messages('Some <strong>loud</strong> and <em>soft</em> words<br>, a <mark>mark</mark>.'))
			.toMatchInlineSnapshot(`
			[
			  "1: raw HTML <strong> is not allowed — write **bold** instead",
			  "1: raw HTML <em> is not allowed — write *italic* instead",
			  "1: raw HTML <br> is not allowed — start a new paragraph with a blank line instead",
			  "1: raw HTML <mark> is not allowed — remove the tag and write the text in Markdown",
			]
		`);
	});

	it('names a comment as a comment', () => {
		expect(messages('Text.\n\n<!-- note for the editor -->\n\nMore.')).toMatchInlineSnapshot(`
			[
			  "3: an HTML comment is not allowed — remove it (notes for reviewers go in the pull request)",
			]
		`);
	});
});
