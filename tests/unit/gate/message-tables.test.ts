/**
 * The gate's tables of advice, entry by entry: the Markdown that replaces each raw HTML element
 * (as the contributor guide teaches it) and the Unicode name of each invisible character (from
 * the Unicode standard), so a lost or emptied entry fails here.
 */
import { describe, expect, it } from 'vitest';
import {
	findInvisible,
	findMixedScriptWords,
	nameCharacter,
	withoutInvisible,
} from '../../../src/lib/gate/characters.ts';
import { describeRawHtml } from '../../../src/lib/gate/raw-html.ts';

describe('raw HTML advice', () => {
	it.each([
		['<b>', 'write **bold** instead'],
		['<i>', 'write *italic* instead'],
		['<a href="https://example.org">', 'write a Markdown link instead: [text](https://…)'],
		['<p>', 'remove the tag: a blank line starts a paragraph'],
		['<span>', 'remove the tag and keep the text'],
		['<img src="x.png">', 'link to the picture instead: [description](https://…)'],
		['<ul>', 'write the list as lines starting with "- "'],
		['<ol>', 'write the list as lines starting with "1. "'],
		['<li>', 'write the list as lines starting with "- "'],
		['<blockquote>', 'start each quoted line with "> "'],
		['<code>', 'put the text between backticks: `code`'],
		['<table>', 'write a Markdown table: | a | b | with a line | --- | --- | under the header'],
		['<sup>', 'remove it: citations are written [^source-id] and numbered by the site'],
		['<h2>', 'start the line with ## instead'],
		['<h3>', 'start the line with ### instead'],
		['<h4>', 'start the line with #### instead'],
	])('tells what replaces %s', (html, advice) => {
		const element = /<([a-z0-9]+)/.exec(html)?.[1] ?? '';
		expect(describeRawHtml(html)).toEqual([`raw HTML <${element}> is not allowed — ${advice}`]);
	});

	it('refuses every embedding element with the same advice', () => {
		const embeds = ['iframe', 'script', 'embed', 'object', 'video', 'audio', 'style', 'form'];
		expect(describeRawHtml(embeds.map((name) => `<${name}>`).join(''))).toEqual(
			embeds.map(
				(name) =>
					`raw HTML <${name}> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)`,
			),
		);
	});

	it('names a comment only when the HTML starts with one', () => {
		expect(describeRawHtml('  <!-- note -->')).toEqual([
			'an HTML comment is not allowed — remove it (notes for reviewers go in the pull request)',
		]);
		expect(describeRawHtml('<span><!-- note --></span>')).toEqual([
			'raw HTML <span> is not allowed — remove the tag and keep the text',
		]);
	});
});

describe('invisible characters', () => {
	const names: Array<[string, string]> = [
		['\u00AD', 'U+00AD SOFT HYPHEN'],
		['\u180E', 'U+180E MONGOLIAN VOWEL SEPARATOR'],
		['\u200B', 'U+200B ZERO WIDTH SPACE'],
		['\u200C', 'U+200C ZERO WIDTH NON-JOINER'],
		['\u200D', 'U+200D ZERO WIDTH JOINER'],
		['\u2060', 'U+2060 WORD JOINER'],
		['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)'],
	];

	it.each(names)('finds and names %j', (character, name) => {
		expect(findInvisible(`Par${character}is`)).toEqual({ character, index: 3 });
		expect(nameCharacter(character)).toBe(name);
	});

	it('names any other character by its code point only', () => {
		expect(nameCharacter('é')).toBe('U+00E9');
		expect(nameCharacter('\u{1F600}')).toBe('U+1F600');
	});

	it('removes every one of them from strings at any depth, and leaves other values alone', () => {
		const all = names.map(([character]) => character).join('');
		expect(
			withoutInvisible({ title: `Pa${all}ris`, tags: [`a${all}b`], count: 2, none: null }),
		).toEqual({ title: 'Paris', tags: ['ab'], count: 2, none: null });
	});
});

describe('words that mix alphabets', () => {
	it('finds none in plain ASCII or in words of one alphabet', () => {
		expect(findMixedScriptWords('Paris talks')).toEqual([]);
		expect(findMixedScriptWords('Київ Zürich')).toEqual([]);
		// Letters of other alphabets are not counted, alone or beside Latin ones.
		expect(findMixedScriptWords('東京 Tōkyō東京')).toEqual([]);
	});

	it('names the main alphabet first and lists the odd letters out', () => {
		// "Kyiv" with a Cyrillic "К" (U+041A) for the Latin K; "Пaриж" with a Latin "a".
		expect(findMixedScriptWords('in \u041Ayiv and \u041Fa\u0440\u0438\u0436')).toEqual([
			{ word: '\u041Ayiv', index: 3, scripts: ['Latin', 'Cyrillic'], odd: ['\u041A'] },
			{
				word: '\u041Fa\u0440\u0438\u0436',
				index: 12,
				scripts: ['Cyrillic', 'Latin'],
				odd: ['a'],
			},
		]);
	});
});
