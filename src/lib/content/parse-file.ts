/**
 * Turns a content file's bytes into data, keeping every line number, or says why it cannot.
 * YAML is read as YAML 1.2, where `2025-02-30` stays text for the schema to check (Astro's own
 * parser would quietly make it 2 March), and duplicate keys are errors rather than last-one-wins.
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';

export interface ParsedFile {
	/** The YAML data (for Markdown, the frontmatter). */
	data: unknown;
	/** The Markdown body, for articles. */
	body?: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine?: number;
	/** Finds the line of a field, or of the nearest enclosing field that exists. */
	lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
}

export interface ParseFailure {
	line?: number;
	field: string;
	message: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Bidirectional overrides can make a pull request's text read differently from what it says
// ("Trojan Source"); other control characters have no place in prose.
const FORBIDDEN_CHARACTERS =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point.
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;

/** Decodes UTF-8 strictly; anything else would reach readers as replacement characters. */
export function decodeText(bytes: Uint8Array): { text: string } | { failure: ParseFailure } {
	// A byte-order mark is what Windows Notepad writes at the start of UTF-8; it says nothing the
	// text needs, so it is dropped (a BOM later in the text is an invisible character, refused).
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	let text: string;
	try {
		text = decoder.decode(hasBom ? bytes.subarray(3) : bytes);
	} catch {
		const line = lineOfInvalidUtf8(bytes);
		const failure: ParseFailure = {
			field: 'file',
			message:
				'is not valid UTF-8 (perhaps Latin-1 or Windows-1252) — re-save the file with UTF-8 encoding',
		};
		return { failure: line === undefined ? failure : { line, ...failure } };
	}
	const match = FORBIDDEN_CHARACTERS.exec(text);
	if (match) {
		const line = text.slice(0, match.index).split('\n').length;
		const code = match[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
		return {
			failure: {
				line,
				field: 'file',
				message: `contains the invisible control character U+${code} — delete it (retype the line if you cannot see it)`,
			},
		};
	}
	return { text };
}

/**
 * The 1-based line of the first byte that is not valid UTF-8, so an editor can jump to the "é"
 * saved as Latin-1. TextDecoder only says that decoding failed, not where; this walks the byte
 * sequences by the rules of RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF).
 */
export function lineOfInvalidUtf8(bytes: Uint8Array): number | undefined {
	let line = 1;
	let index = 0;
	while (index < bytes.length) {
		const byte = bytes[index] ?? 0;
		if (byte < 0x80) {
			if (byte === 0x0a) line += 1;
			index += 1;
			continue;
		}
		const length = sequenceLength(byte);
		if (length === 0) return line;
		for (let offset = 1; offset < length; offset += 1) {
			if (((bytes[index + offset] ?? 0) & 0xc0) !== 0x80) return line;
		}
		// After E0, ED, F0 and F4 the second byte's range is narrower: this rules out overlong
		// forms, UTF-16 surrogates and code points above U+10FFFF.
		const second = bytes[index + 1] ?? 0;
		const outOfRange =
			(byte === 0xe0 && second < 0xa0) ||
			(byte === 0xed && second > 0x9f) ||
			(byte === 0xf0 && second < 0x90) ||
			(byte === 0xf4 && second > 0x8f);
		if (outOfRange) return line;
		index += length;
	}
	return undefined;
}

/** How many bytes a UTF-8 sequence starting with `byte` has; 0 if no sequence can start with it. */
function sequenceLength(byte: number): number {
	if (byte >= 0xc2 && byte <= 0xdf) return 2;
	if (byte >= 0xe0 && byte <= 0xef) return 3;
	if (byte >= 0xf0 && byte <= 0xf4) return 4;
	return 0;
}

/** Parses a YAML file. */
export function parseYamlFile(text: string): ParsedFile | { failures: ParseFailure[] } {
	return parseYaml(text, 0);
}

/** Splits a Markdown file into YAML frontmatter and body, and parses the frontmatter. */
export function parseMarkdownFile(text: string): ParsedFile | { failures: ParseFailure[] } {
	const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) {
		return {
			failures: [
				{
					line: 1,
					field: 'frontmatter',
					message: 'is missing — start the file with a line "---", the fields, then another "---"',
				},
			],
		};
	}
	const frontmatter = match[1] ?? '';
	const parsed = parseYaml(frontmatter, 1);
	if ('failures' in parsed) return parsed;
	const bodyLine = match[0].split('\n').length;
	return { ...parsed, body: text.slice(match[0].length), bodyLine };
}

function parseYaml(text: string, lineOffset: number): ParsedFile | { failures: ParseFailure[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		uniqueKeys: true,
		version: '1.2',
		prettyErrors: false,
	});
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
	const failures: ParseFailure[] = [...doc.errors, ...doc.warnings].map((error) => ({
		line: lineAt(error.pos[0]),
		field: 'yaml',
		message: `${yamlMessage(error.code, error.message)} — check indentation, colons and quotes on this line`,
	}));
	if (failures.length > 0) return { failures };
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 50 });
	} catch (error) {
		return {
			failures: [
				{ field: 'yaml', message: `${(error as Error).message} — remove anchors and aliases` },
			],
		};
	}
	return { data, lineOf: (path) => lineOfPath(doc, path, lineAt) };
}

function yamlMessage(code: string, message: string): string {
	if (code === 'DUPLICATE_KEY') return 'a field is written twice';
	if (code === 'TAG_RESOLVE_FAILED') return 'uses a YAML tag (!something), which is not allowed';
	return message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? message;
}

function lineOfPath(
	doc: Document,
	path: ReadonlyArray<PropertyKey>,
	lineAt: (offset: number) => number,
): number | undefined {
	// A field is reported on its key's line: a block list's first item is on the line after it.
	const key = path.at(-1);
	if (typeof key === 'string') {
		const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
		if (isMap(parent)) {
			const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
		}
	}
	// Walk down as far as the path exists; a missing field is reported on its parent's line.
	for (let length = path.length; length >= 0; length -= 1) {
		const node = doc.getIn(path.slice(0, length) as unknown[], true);
		if (isNode(node) && node.range) return lineAt(node.range[0]);
	}
	return undefined;
}
