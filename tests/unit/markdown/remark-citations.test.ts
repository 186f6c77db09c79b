/**
 * The citations plugin on its own, asserting on the mdast tree it hands to the next plugins
 * (render.test.ts checks the HTML the whole pipeline makes of it).
 */
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { remarkCitations, toDefinition } from '../../../src/lib/markdown/remark-citations.ts';
import type { Source } from '../../../src/lib/schema/source.ts';

const source: Source = {
	publisher: 'AP',
	title: 'A wire preview',
	titleIsQuoted: false,
	url: 'https://example.org/wire',
	published: new Date(Date.UTC(2025, 2, 10)),
	accessed: new Date(Date.UTC(2026, 10, 24)),
	archived: 'https://web.archive.org/web/2026/https://example.org/wire',
	type: 'wire',
	language: 'en',
};
const sources: Record<string, Source> = { 'wire-report': source, 'other-report': source };

function run(markdown: string): Root {
	const tree = parseMarkdown(markdown);
	remarkCitations({ getSource: (id) => sources[id] })(tree, new VFile());
	return tree;
}

describe('remarkCitations', () => {
	it('appends one definition per cited source, in order of first citation, however often cited', () => {
		const tree = run('A.[^wire-report] B.[^other-report] C.[^wire-report] D.[^wire-report]');
		const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition');
		expect(definitions.map((node) => node.identifier)).toEqual(['wire-report', 'other-report']);
	});

	it('replaces each citation with a footnote reference to the id', () => {
		const tree = run('A.[^wire-report]');
		const paragraph = tree.children[0];
		expect(paragraph?.type === 'paragraph' && paragraph.children.at(-1)).toStrictEqual({
			type: 'footnoteReference',
			identifier: 'wire-report',
			label: 'wire-report',
		});
	});

	it('adds no definitions to a body without citations', () => {
		expect(run('No sources here.').children.map((node) => node.type)).toEqual(['paragraph']);
	});
});

describe('toDefinition', () => {
	it('builds the reference as text, spans (emphasis with an hName) and links', () => {
		const text = (value: string) => ({ type: 'text', value });
		const span = (className: string, value: string) => ({
			type: 'emphasis',
			children: [text(value)],
			data: { hName: 'span', hProperties: { className: [className] } },
		});
		expect(toDefinition('wire-report', source)).toStrictEqual({
			type: 'footnoteDefinition',
			identifier: 'wire-report',
			label: 'wire-report',
			children: [
				{
					type: 'paragraph',
					children: [
						span('reference-publisher', 'AP'),
						text(': '),
						span('reference-title', 'A wire preview'),
						text(', '),
						{
							type: 'emphasis',
							children: [text('10 March 2025')],
							data: { hName: 'time', hProperties: { dateTime: '2025-03-10' } },
						},
						text('. '),
						span('reference-type', 'Wire report'),
						text('. '),
						{ type: 'link', url: 'https://example.org/wire', children: [text('Original')] },
						text(' · '),
						{
							type: 'link',
							url: 'https://web.archive.org/web/2026/https://example.org/wire',
							children: [text('Archived copy')],
						},
						text('.'),
					],
				},
			],
		});
	});
});
