/**
 * Sorts the items found under content/ into entries for each collection, and reports every item a
 * loader would skip or mis-read: stray files, wrong extensions, sub-folders, links, oversized files,
 * names that are not ids, and names that Astro would fold into the same id.
 */
import { ID_PATTERN } from '../schema/shared.ts';
import { findInvisible, nameCharacter, withoutInvisible } from '../gate/characters.ts';
import {
	BLOCKED_DOMAINS_FILE,
	COLLECTION_NAMES,
	COLLECTIONS,
	IGNORED_NAMES,
	toAstroId,
	type CollectionName,
} from './layout.ts';

/** One item found under content/, as the file system reports it. */
export interface ContentFile {
	/** Repository-relative, `/`-separated, e.g. `content/articles/x.md`. */
	path: string;
	kind: 'file' | 'directory' | 'symlink';
	/** The file's bytes (files only). */
	bytes?: Uint8Array;
}

/** A file that will be read as an entry of `collection`. */
export interface Candidate {
	collection: CollectionName;
	id: string;
	file: string;
	bytes: Uint8Array;
}

/** Files larger than this are refused: no entry needs it, and a huge file slows every build. */
export const MAX_FILE_BYTES = 256 * 1024;

type Report = (file: string, field: string, message: string) => void;

/** Sorts files into collection candidates, and reports every file no loader would read. */
export function sortFiles(files: readonly ContentFile[], report: Report) {
	const candidates: Candidate[] = [];
	let blockedDomainsFile: ContentFile | undefined;
	for (const item of files) {
		const parts = item.path.split('/').slice(1);
		const name = parts.at(-1) ?? '';
		if (item.kind === 'symlink') {
			report(item.path, 'file', 'is a symbolic link — replace it with the file itself');
			continue;
		}
		if (parts.length === 1) {
			if (item.kind === 'directory') {
				if (!(name in COLLECTIONS))
					report(
						item.path,
						'file',
						`is not a collection folder — content/ holds only ${COLLECTION_NAMES.join(', ')}`,
					);
			} else if (name === BLOCKED_DOMAINS_FILE) blockedDomainsFile = item;
			else if (!IGNORED_NAMES.has(name))
				report(
					item.path,
					'file',
					`is not read by any loader — move it into one of content/${COLLECTION_NAMES.join('/, content/')}/`,
				);
			continue;
		}
		const collection = parts[0] as CollectionName;
		if (!(collection in COLLECTIONS)) continue; // Reported once, for the folder itself.
		const { extension } = COLLECTIONS[collection];
		if (item.kind === 'directory') {
			if (parts.length === 2)
				report(
					item.path,
					'file',
					`is a sub-folder, which the loader does not read — move its files up into content/${collection}/`,
				);
			continue;
		}
		if (parts.length > 2) continue; // Reported with its folder.
		if (IGNORED_NAMES.has(name)) continue;
		// A badly named file is still read in full as the file it should be, so one run lists its
		// other problems too; it never reaches the site, since the loader skips it by its name.
		const stem = name.replace(/\.[^.]*$/, '');
		if (!name.endsWith(extension)) {
			report(
				item.path,
				'file',
				`is not read: only ${extension} files are — rename it to ${stem}${extension}`,
			);
			if (!isSpellingOf(name.slice(stem.length), extension)) continue;
		}
		let id = stem;
		if (!ID_PATTERN.test(stem)) {
			id = toAstroId(withoutInvisible(name) as string).replace(/_/g, '-') || 'my-entry';
			const invisible = findInvisible(stem);
			const what = invisible
				? `contains the invisible character ${nameCharacter(invisible.character)} at column ${invisible.index + 1}`
				: 'is not a lower-case kebab-case id';
			report(item.path, 'file', `name "${stem}" ${what} — rename it, e.g. ${id}${extension}`);
		}
		if ((item.bytes?.length ?? 0) > MAX_FILE_BYTES) {
			report(
				item.path,
				'file',
				`is larger than ${MAX_FILE_BYTES / 1024} KiB — split it, or remove what does not belong in it`,
			);
			continue;
		}
		candidates.push({
			collection,
			id,
			file: item.path,
			bytes: item.bytes ?? new Uint8Array(),
		});
	}
	return { candidates: withoutCollisions(files, candidates, report), blockedDomainsFile };
}

/** `.MD`, `.markdown` for `.md`; `.yml`, `.YAML` for `.yaml`: the same kind of file, misnamed. */
function isSpellingOf(found: string, extension: string): boolean {
	const spellings: Record<string, string[]> = {
		'.md': ['.md', '.markdown'],
		'.yaml': ['.yaml', '.yml'],
	};
	return (spellings[extension] ?? [extension]).includes(found.toLowerCase());
}

/** Reports files whose ids clash the way Astro folds names; Astro would keep only one of them. */
function withoutCollisions(
	files: readonly ContentFile[],
	candidates: Candidate[],
	report: Report,
): Candidate[] {
	const byId = new Map<string, string[]>();
	for (const item of files) {
		const parts = item.path.split('/');
		if (item.kind !== 'file' || parts.length !== 3) continue;
		const [, folder = '', name = ''] = parts;
		const key = `${folder}/${toAstroId(name)}`;
		byId.set(key, [...(byId.get(key) ?? []), item.path]);
	}
	const clashing = new Set<string>();
	for (const paths of byId.values()) {
		if (paths.length < 2) continue;
		for (const path of paths) {
			clashing.add(path);
			const others = paths.filter((other) => other !== path).join(', ');
			report(
				path,
				'file',
				`has the same id as ${others} — rename one of them; otherwise one would silently replace the other`,
			);
		}
	}
	return candidates.filter((candidate) => !clashing.has(candidate.file));
}
