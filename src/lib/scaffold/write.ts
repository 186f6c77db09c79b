/** Writes a new content file, and only a new one. */
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Creates `path` with `text`. The 'wx' flag makes the operating system refuse if the file exists,
 * even one that appeared after the ids were read (an editor's save, a second terminal): a
 * contributor's draft is never replaced. Throws the EEXIST error in that case.
 */
export function writeNewFile(path: string, text: string): void {
	const fd = openSync(path, 'wx');
	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}
}
