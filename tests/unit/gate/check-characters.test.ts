/**
 * Where checkCharacters points: the line and column an editor jumps to, worked out by hand from
 * each small YAML text below.
 */
import { describe, expect, it } from 'vitest';
import { checkCharacters } from '../../../src/lib/gate/check-characters.ts';

const ZWSP = '\u200B';

/** Findings as `line: field: message`, with the field lines given by hand. */
function check(data: Record<string, unknown>, text: string, lines: Record<string, number>) {
	return checkCharacters(data, text, (path) => lines[String(path[0])]).map(
		(finding) => `${finding.line}: ${finding.path.join('.')}: ${finding.message}`,
	);
}

const fix = '— delete it (retype the word if you cannot see it)';

describe('checkCharacters', () => {
	it('finds a character at the start of a line of a block of text', () => {
		const text = `summary: |\n${ZWSP}The chiefs met.\n`;
		expect(check({ summary: `${ZWSP}The chiefs met.\n` }, text, { summary: 1 })).toEqual([
			`2: summary: contains the invisible character U+200B ZERO WIDTH SPACE at column 1 ${fix}`,
		]);
	});

	it('searches from the field’s own line, so the same text on an earlier line is not taken', () => {
		const value = `Pa${ZWSP}ris`;
		const text = `title: ${value}\nsummary: ${value}\n`;
		expect(check({ summary: value }, text, { summary: 2 })).toEqual([
			`2: summary: contains the invisible character U+200B ZERO WIDTH SPACE at column 12 ${fix}`,
		]);
	});

	it('finds the column on a later line of a block of text', () => {
		const text = `summary: |\n  First line here.\n  Second Pa${ZWSP}ris\n`;
		const data = { summary: `First line here.\nSecond Pa${ZWSP}ris\n` };
		expect(check(data, text, { summary: 1 })).toEqual([
			`3: summary: contains the invisible character U+200B ZERO WIDTH SPACE at column 12 ${fix}`,
		]);
	});

	it('gives the field’s line and no column when the text writes the character as an escape', () => {
		const text = 'title: "Pa\\u200Bris in P\\u0430ris"\n';
		const data = { title: `Pa${ZWSP}ris in P\u0430ris` };
		expect(check(data, text, { title: 1 })).toEqual([
			`1: title: contains the invisible character U+200B ZERO WIDTH SPACE ${fix}`,
			'1: title: the word "P\u0430ris" mixes Latin and Cyrillic letters (Cyrillic: "\u0430" U+0430) — retype it in one alphabet',
		]);
	});

	it('names every alphabet a word mixes and every odd letter', () => {
		// Latin "Paris" with a Cyrillic "а" and a Greek "ί".
		const word = 'P\u0430r\u03AFss';
		expect(check({ title: word }, `title: ${word}\n`, { title: 1 })).toEqual([
			`1: title: the word "${word}" at column 8 mixes Latin and Cyrillic and Greek letters (Cyrillic, Greek: "\u0430" U+0430, "\u03AF" U+03AF) — retype it in one alphabet`,
		]);
	});
});
