import { describe, expect, it } from 'vitest';
import { decodeText, parseMarkdownFile, parseYamlFile } from '../../../src/lib/content/parse-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it('accepts UTF-8 with accents', () => {
		expect(decodeText(bytes('name: École Militaire\n'))).toEqual({
			text: 'name: École Militaire\n',
		});
	});

	it('drops a byte-order mark at the start, as Windows Notepad writes it', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]))).toEqual({
			text: 'a\r\n',
		});
	});

	it('refuses Latin-1 bytes', () => {
		expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toMatchObject({
			failure: { field: 'file' },
		});
	});

	it('finds a hidden bidirectional override and names its line', () => {
		const result = decodeText(bytes('a: 1\nb: x\u202ey\n'));
		expect(result).toEqual({
			failure: {
				line: 2,
				field: 'file',
				message:
					'contains the invisible control character U+202E — delete it (retype the line if you cannot see it)',
			},
		});
	});
});

describe('parseYamlFile', () => {
	it('keeps dates as text so the schema can check them', () => {
		const parsed = parseYamlFile('date: 2025-02-30\n');
		expect('data' in parsed && parsed.data).toEqual({ date: '2025-02-30' });
	});

	it('finds the line of a nested field', () => {
		const parsed = parseYamlFile(
			'title: x\nattendance:\n  - participant: france\n    versions:\n      - status: remote\n',
		);
		if (!('lineOf' in parsed)) throw new Error('expected a parse');
		expect(parsed.lineOf(['attendance', 0, 'versions', 0, 'status'])).toBe(5);
		expect(parsed.lineOf(['attendance', 0, 'missing'])).toBe(3);
	});

	it('reports a field written twice with its line', () => {
		expect(parseYamlFile('a: 1\nb: 2\na: 3\n')).toEqual({
			failures: [
				{
					line: 3,
					field: 'yaml',
					message: 'a field is written twice — check indentation, colons and quotes on this line',
				},
			],
		});
	});
});

describe('parseMarkdownFile', () => {
	it('splits frontmatter and body, and counts lines from the top of the file', () => {
		const parsed = parseMarkdownFile('---\ntitle: x\nkind: report\n---\n\nBody.\n');
		if (!('lineOf' in parsed)) throw new Error('expected a parse');
		expect(parsed.data).toEqual({ title: 'x', kind: 'report' });
		expect(parsed.body).toBe('\nBody.\n');
		expect(parsed.bodyLine).toBe(5);
		expect(parsed.lineOf(['kind'])).toBe(3);
	});

	it('asks for frontmatter when there is none', () => {
		expect(parseMarkdownFile('# Title\n')).toMatchObject({
			failures: [{ line: 1, field: 'frontmatter' }],
		});
	});
});
