/**
 * Where each collection lives in content/ and which files its loader reads. The content config and
 * the gate both take their patterns from here, so a file the loaders would skip is always reported.
 */

export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
	articles: { folder: 'articles', extension: '.md' },
	events: { folder: 'events', extension: '.yaml' },
	participants: { folder: 'participants', extension: '.yaml' },
	sources: { folder: 'sources', extension: '.yaml' },
	claims: { folder: 'claims', extension: '.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The single data file at the top of content/ (a list, not a folder). */
export const BLOCKED_DOMAINS_FILE = 'blocked-domains.yaml';

/** Files allowed in content/ that no loader reads. */
export const IGNORED_NAMES = new Set(['README.md', '.gitkeep']);

/**
 * The id Astro's glob loader derives from a file name: the slug of the name without extension.
 * Two files with the same slug collide, and Astro silently keeps only one of them.
 */
export function toAstroId(fileName: string): string {
	const stem = fileName.replace(/\.[^.]+$/, '');
	return stem
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}
