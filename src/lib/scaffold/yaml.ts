/**
 * Writes the YAML of new entries in the style of the files already in content/: plain values
 * where they are safe, flow lists of ids on one line, long prose folded at 100 characters.
 */
import { stringify } from 'yaml';

const WIDTH = 100;

/**
 * One value as a YAML scalar, quoted only when needed. Quoting follows YAML 1.1 as well as 1.2,
 * because Astro's loader reads 1.1, where `yes`, `on` and `2025-03-11` are not strings.
 */
export function toYamlScalar(text: string): string {
	return stringify(text, { version: '1.1', lineWidth: 0, singleQuote: true }).trimEnd();
}

// Words YAML 1.1 reads as booleans or null, and number forms an id could take (1e5, 0x1f).
const NOT_TEXT = /^(?:y|n|yes|no|on|off|true|false|null|\d+e\d+|0[box][0-9a-f]*)$/;

/**
 * An id or tag, unquoted as in the files already in content/ (`[e5, france]`). The YAML library
 * would quote `e5` to be safe; an id with a letter that is not one of the words above is text
 * in every YAML version. Anything else goes through `toYamlScalar`.
 */
export function toYamlId(id: string): string {
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && /[a-z]/.test(id) && !NOT_TEXT.test(id)
		? id
		: toYamlScalar(id);
}

/** `key: value`, with the value quoted as needed. */
export function toYamlLine(key: string, value: string, indent = ''): string {
	return `${indent}${key}: ${toYamlScalar(value)}`;
}

/** `key: [a, b]` for ids or tags, or one `- id` per line when that would pass the line width. */
export function toYamlList(key: string, values: readonly string[], indent = ''): string {
	const flow = `${indent}${key}: [${values.map(toYamlId).join(', ')}]`;
	if (flow.length <= WIDTH) return flow;
	return [`${indent}${key}:`, ...values.map((value) => `${indent}  - ${toYamlId(value)}`)].join(
		'\n',
	);
}

/**
 * A paragraph of prose. Short text stays on the key's line; longer text becomes a folded block
 * (`>-`), which YAML joins back into one line with single spaces, so nothing needs quoting.
 */
export function toYamlProse(key: string, text: string, indent = ''): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const single = toYamlLine(key, clean, indent);
	if (single.length <= WIDTH) return single;
	const lines: string[] = [];
	let current = '';
	for (const word of clean.split(' ')) {
		if (current !== '' && `${indent}  ${current} ${word}`.length > WIDTH) {
			lines.push(current);
			current = word;
		} else current = current === '' ? word : `${current} ${word}`;
	}
	lines.push(current);
	return [`${indent}${key}: >-`, ...lines.map((line) => `${indent}  ${line}`)].join('\n');
}
