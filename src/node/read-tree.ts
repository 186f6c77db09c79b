/** Reads content/ from disk for the gate: every file, folder and link, without following links. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../lib/gate/gate.ts';

/**
 * Lists everything under `root/dir`, depth first, sorted by name so reports are stable.
 * @param root the repository root; paths in the result are relative to it.
 */
export function readContentTree(root: string, dir = 'content'): ContentFile[] {
	const found: ContentFile[] = [];
	const walk = (relative: string) => {
		for (const name of readdirSync(join(root, relative)).sort()) {
			const path = `${relative}/${name}`;
			const stat = lstatSync(join(root, path));
			if (stat.isSymbolicLink()) found.push({ path, kind: 'symlink' });
			else if (stat.isDirectory()) {
				found.push({ path, kind: 'directory' });
				walk(path);
			} else found.push({ path, kind: 'file', bytes: readFileSync(join(root, path)) });
		}
	};
	walk(dir);
	return found;
}
