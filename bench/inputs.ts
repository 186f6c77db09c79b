/**
 * Reads what the synthetic-article generator reuses from the real content tree: the source ids
 * and the references of every real article. Plain file reads and YAML, independent of how the
 * site loads its content, so the bench keeps working while that pipeline changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ArticleTemplate } from './synthetic.ts';

/** The real ids the generator needs, read from `root/content`. */
export interface RealContent {
	sources: string[];
	templates: ArticleTemplate[];
}

const list = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Source ids and article references under `root/content`, sorted by file name. */
export function readRealContent(root: string): RealContent {
	const ids = (folder: string, extension: string) =>
		readdirSync(join(root, 'content', folder))
			.filter((name) => name.endsWith(extension))
			.sort()
			.map((name) => name.slice(0, -extension.length));
	const templates = ids('articles', '.md').map((id) => {
		const text = readFileSync(join(root, 'content', 'articles', `${id}.md`), 'utf8');
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
		if (frontmatter === undefined) throw new Error(`content/articles/${id}.md: no frontmatter`);
		const data = parse(frontmatter) as Record<string, unknown>;
		return {
			tags: list(data['tags']),
			participants: list(data['participants']),
			events: list(data['events']),
			claims: list(data['claims']),
		};
	});
	return { sources: ids('sources', '.yaml'), templates };
}
