/**
 * Reads one source file on demand, for the citation plugin. It reads from disk at each call so that
 * `npm run dev` picks up a source added while it runs; the content gate has validated the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, parseYamlFile } from '../lib/content/parse-file.ts';
import { ID_PATTERN } from '../lib/schema/shared.ts';
import { sourceSchema, type Source } from '../lib/schema/source.ts';

/** Returns a lookup of sources by id in `dir` (e.g. `content/sources`); invalid or missing files give undefined. */
export function createSourceLookup(dir: string): (id: string) => Source | undefined {
	return (id) => {
		if (!ID_PATTERN.test(id)) return undefined;
		const path = join(dir, `${id}.yaml`);
		if (!existsSync(path)) return undefined;
		const decoded = decodeText(readFileSync(path));
		if ('failure' in decoded) return undefined;
		const parsed = parseYamlFile(decoded.text);
		if ('failures' in parsed) return undefined;
		const result = sourceSchema.safeParse(parsed.data);
		return result.success ? result.data : undefined;
	};
}
