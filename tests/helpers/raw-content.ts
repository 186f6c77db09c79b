/**
 * The real content/ files, read directly with the `yaml` package: no schema, no index, no code from
 * src/. Built-site invariants take their expected values from here, so a bug in src/lib cannot also
 * be in the answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** A content file: its id (the file name without extension) and its YAML data as written. */
export interface RawEntry {
	id: string;
	data: Record<string, unknown>;
}

/** An article: its frontmatter and its Markdown body. */
export interface RawArticle extends RawEntry {
	body: string;
}

function ids(folder: string, extension: string): string[] {
	return readdirSync(join(CONTENT, folder))
		.filter((name) => name.endsWith(extension))
		.map((name) => name.slice(0, -extension.length))
		.sort();
}

/** YAML 1.2 keeps `2025-03-11` a string, as it is written. */
const parseYaml = (text: string) => parse(text, { version: '1.2' }) as Record<string, unknown>;

/** Every entry of a YAML folder: `events`, `participants`, `sources` or `claims`. */
export function readEntries(folder: 'events' | 'participants' | 'sources' | 'claims'): RawEntry[] {
	return ids(folder, '.yaml').map((id) => ({
		id,
		data: parseYaml(readFileSync(join(CONTENT, folder, `${id}.yaml`), 'utf8')),
	}));
}

/** Every article, with its frontmatter parsed and its body as written. */
export function readArticles(): RawArticle[] {
	return ids('articles', '.md').map((id) => {
		const text = readFileSync(join(CONTENT, 'articles', `${id}.md`), 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
		if (!match) throw new Error(`content/articles/${id}.md: no frontmatter`);
		return { id, data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
	});
}

/** The blocked domains, as listed in content/blocked-domains.yaml. */
export function readBlockedDomains(): Array<{ id: string; reason: string }> {
	return parse(readFileSync(join(CONTENT, 'blocked-domains.yaml'), 'utf8')) as Array<{
		id: string;
		reason: string;
	}>;
}

/** A list field as written (missing means empty). */
export function list<T = string>(entry: RawEntry, field: string): T[] {
	const value = entry.data[field];
	return Array.isArray(value) ? (value as T[]) : [];
}

/** A text field as written, or '' when missing. */
export function field(entry: RawEntry, name: string): string {
	const value = entry.data[name];
	return typeof value === 'string'
		? value
		: value === undefined || value === null
			? ''
			: String(value);
}

/** The source id of a citation, written `id` or `{ source: id, … }`. */
export function citedId(citation: unknown): string {
	return typeof citation === 'string' ? citation : String((citation as { source: string }).source);
}

/** The source ids an article body cites, `[^id]`, in order of first citation. */
export function citedInBody(body: string): string[] {
	// Code spans are not citations: a `[^id]` inside backticks is shown, not linked.
	const prose = body.replace(/`[^`]*`/g, '');
	return [...new Set([...prose.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1] ?? ''))];
}
