/**
 * Reads a Netlify / Cloudflare Pages `_headers` file, so the local test server can send what those
 * hosts would: a path pattern on its own line (`*` matches anything), then indented `Name: value`
 * lines; `#` starts a comment. Every rule whose pattern matches applies.
 * https://docs.netlify.com/routing/headers/ · https://developers.cloudflare.com/pages/configuration/headers/
 */
import { readFileSync } from 'node:fs';

/** One path pattern and the headers it sets. */
export interface HeaderRule {
	pattern: RegExp;
	headers: Record<string, string>;
}

/** The rules of a `_headers` file, in order. */
export function readHeadersFile(file: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
			rules.push({ pattern: new RegExp(`^${escaped.replaceAll('*', '.*')}$`), headers: {} });
			continue;
		}
		const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`${file}: cannot read the line "${line.trim()}"`);
		rule.headers[(match[1] ?? '').trim().toLowerCase()] = (match[2] ?? '').trim();
	}
	return rules;
}

/** The headers the rules set for a URL path, later rules overriding earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	return Object.assign(
		{},
		...rules.filter((rule) => rule.pattern.test(path)).map((r) => r.headers),
	);
}
