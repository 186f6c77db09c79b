/** Finding `[^source-id]` citations in a parsed body, with the line each is on. */
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lib/markdown/citations.ts';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';

describe('findCitations', () => {
	it('gives each citation the line it is on, counting lines inside one paragraph', () => {
		const markdown =
			'Intro.[^first]\nSecond line.[^second] and[^third]\nThird line.\n\nLater.[^fourth]';
		expect(findCitations(parseMarkdown(markdown))).toStrictEqual([
			{ label: 'first', line: 1 },
			{ label: 'second', line: 2 },
			{ label: 'third', line: 2 },
			{ label: 'fourth', line: 5 },
		]);
	});

	it('counts from the line the paragraph starts on', () => {
		const markdown = '# Title\n\n\nBody.[^late]';
		expect(findCitations(parseMarkdown(markdown))).toStrictEqual([{ label: 'late', line: 4 }]);
	});

	it('leaves the line out, rather than setting it to undefined, when the tree has no positions', () => {
		const tree: Root = {
			type: 'root',
			children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A.[^one] B.[^two]' }] }],
		};
		expect(findCitations(tree)).toStrictEqual([{ label: 'one' }, { label: 'two' }]);
	});

	it('reports an empty label as an empty string, for its own message', () => {
		expect(findCitations(parseMarkdown('Oops.[^]'))).toStrictEqual([{ label: '', line: 1 }]);
	});
});
