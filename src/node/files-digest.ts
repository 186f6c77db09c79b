/**
 * A digest of the files in some folders, so that Astro's content cache can be keyed on inputs it
 * does not see (the sources a citation renders, the Markdown plugins' own code).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** SHA-256 over the names and bytes of every file directly in `dirs`, in a stable order. */
export function digestFiles(dirs: readonly string[]): string {
	const hash = createHash('sha256');
	for (const dir of dirs) {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (!statSync(path).isFile()) continue;
			hash.update(name).update('\0').update(readFileSync(path)).update('\0');
		}
	}
	return hash.digest('hex');
}
