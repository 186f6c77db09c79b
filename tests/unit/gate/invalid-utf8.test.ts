import { describe, expect, it } from 'vitest';
import { decodeText, lineOfInvalidUtf8 } from '../../../src/lib/content/parse-file.ts';

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('lineOfInvalidUtf8', () => {
	it('names the line of a Latin-1 "é" after valid UTF-8 lines', () => {
		const bytes = new Uint8Array([...utf8('name: École\nkind: country\nsummary: Caf'), 0xe9, 0x0a]);
		expect(lineOfInvalidUtf8(bytes)).toBe(3);
	});

	it('returns undefined for valid UTF-8, including four-byte characters', () => {
		expect(lineOfInvalidUtf8(new Uint8Array(utf8('a\nÉcole — 🇺🇦\n')))).toBeUndefined();
	});

	it('catches a sequence cut short at the end of the file', () => {
		expect(lineOfInvalidUtf8(new Uint8Array([0x61, 0x0a, 0xe2, 0x80]))).toBe(2);
	});

	it('catches overlong forms and encoded surrogates that TextDecoder also refuses', () => {
		expect(lineOfInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(1);
		expect(lineOfInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(1);
		expect(lineOfInvalidUtf8(new Uint8Array([0x0a, 0xed, 0xa0, 0x80]))).toBe(2);
		expect(lineOfInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(1);
	});

	it('gives decodeText the line, with the message unchanged', () => {
		const bytes = new Uint8Array([...utf8('a: 1\nb: 2\nname: Caf'), 0xe9, 0x0a]);
		expect(decodeText(bytes)).toEqual({
			failure: {
				line: 3,
				field: 'file',
				message:
					'is not valid UTF-8 (perhaps Latin-1 or Windows-1252) — re-save the file with UTF-8 encoding',
			},
		});
	});
});
