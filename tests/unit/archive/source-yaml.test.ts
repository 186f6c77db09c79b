import { describe, expect, it } from 'vitest';
import { readSourceYaml, writeArchiveFields } from '../../../src/lib/archive/source-yaml.ts';

const SNAPSHOT = {
	url: 'https://web.archive.org/web/20261125101500/https://example.org/story',
	day: '2026-11-25',
};

const SOURCE = `# A comment a person wrote, kept.
publisher: AP
via: WKMG
title: 'A quoted title: with a colon'
url: https://example.org/story
published: 2025-03-10
accessed: 2026-11-24
archived: null   # none yet
type: wire
language: en
note: >-
  Folded text
  over two lines.
`;

describe('writeArchiveFields', () => {
	it('fills in archived and adds archivedOn below it, leaving every other byte alone', () => {
		expect(writeArchiveFields(SOURCE, SNAPSHOT)).toEqual({
			ok: true,
			text: `# A comment a person wrote, kept.
publisher: AP
via: WKMG
title: 'A quoted title: with a colon'
url: https://example.org/story
published: 2025-03-10
accessed: 2026-11-24
archived: https://web.archive.org/web/20261125101500/https://example.org/story   # none yet
archivedOn: 2026-11-25
type: wire
language: en
note: >-
  Folded text
  over two lines.
`,
		});
	});

	it('keeps Windows line endings and a last line without a newline', () => {
		const text = 'publisher: AP\r\narchived: null';
		expect(writeArchiveFields(text, SNAPSHOT)).toEqual({
			ok: true,
			text: `publisher: AP\r\narchived: ${SNAPSHOT.url}\r\narchivedOn: 2026-11-25`,
		});
	});

	it('writes `~` and an empty value over as well', () => {
		expect(writeArchiveFields('archived: ~\ntype: wire\n', SNAPSHOT)).toEqual({
			ok: true,
			text: `archived: ${SNAPSHOT.url}\narchivedOn: 2026-11-25\ntype: wire\n`,
		});
		expect(writeArchiveFields('archived:\ntype: wire\n', SNAPSHOT)).toEqual({
			ok: true,
			text: `archived: ${SNAPSHOT.url}\narchivedOn: 2026-11-25\ntype: wire\n`,
		});
	});

	it('quotes an address that YAML would otherwise read differently', () => {
		const url = 'https://web.archive.org/web/20261125101500/https://example.org/a #b';
		expect(writeArchiveFields('archived: null\n', { url, day: '2026-11-25' })).toEqual({
			ok: true,
			text: `archived: '${url}'\narchivedOn: 2026-11-25\n`,
		});
	});

	it('never writes over an archived link that is already there', () => {
		const text = 'archived: https://web.archive.org/web/2025/https://example.org/story\n';
		expect(writeArchiveFields(text, SNAPSHOT)).toEqual({
			ok: false,
			message: 'already has an archived link, which is kept',
		});
	});

	it('refuses a file without archived, with archivedOn already, or not one field per line', () => {
		expect(writeArchiveFields('publisher: AP\n', SNAPSHOT)).toEqual({
			ok: false,
			message: 'has no `archived` field — add `archived: null`',
		});
		expect(writeArchiveFields('archived: null\narchivedOn: 2026-01-01\n', SNAPSHOT)).toEqual({
			ok: false,
			message: 'already has `archivedOn` — remove it or fill in `archived`',
		});
		expect(writeArchiveFields('{archived: null}\n', SNAPSHOT)).toEqual({
			ok: false,
			message: 'is not a YAML mapping written one field per line',
		});
	});
});

describe('readSourceYaml', () => {
	it('reads a source with the content schema', () => {
		const read = readSourceYaml(SOURCE);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.source.url).toBe('https://example.org/story');
		expect(read.source.archived).toBe(null);
		expect(read.source.accessed.toISOString()).toBe('2026-11-24T00:00:00.000Z');
	});

	it('says which field is wrong in a file the gate would refuse', () => {
		expect(readSourceYaml(SOURCE.replace('accessed: 2026-11-24', 'accessed: 2026-02-30'))).toEqual({
			ok: false,
			message:
				'accessed: "2026-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11',
		});
		expect(readSourceYaml('publisher: [\n')).toMatchObject({ ok: false });
	});
});
