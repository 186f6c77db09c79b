/** Tags: every tag with how many articles carry it, for /tags/ and /tags/<tag>/. */
import type { ContentIndex } from '../content/content-index.ts';
import { urls } from '../urls.ts';

/** A tag as lists show it. */
export interface TagView {
	tag: string;
	/** "security force" for `security-force`. */
	label: string;
	href: string;
	/** How many articles carry it. */
	count: number;
}

/**
 * Words a tag may contain that are names or acronyms, and so keep their capitals when the tag is
 * shown (tags themselves are lower-case ids). Add a word here when a new tag needs it.
 */
const PROPER_WORDS: Readonly<Record<string, string>> = {
	nato: 'NATO',
	eu: 'EU',
	us: 'US',
	uk: 'UK',
	e5: 'E5',
	united: 'United',
	states: 'States',
	kingdom: 'Kingdom',
	paris: 'Paris',
	london: 'London',
	ukraine: 'Ukraine',
	europe: 'Europe',
	european: 'European',
};

/** How a tag reads in running text: `united-states` → "United States", `security-force` → "security force". */
export function formatTag(tag: string): string {
	return tag
		.split('-')
		.map((word) => PROPER_WORDS[word] ?? word)
		.join(' ');
}

/** Every tag, most used first, then alphabetically (the index's order). */
export function buildTags(index: ContentIndex): TagView[] {
	return index.tags.map((tag) => ({
		tag,
		label: formatTag(tag),
		href: urls.tag(tag),
		count: index.articlesTagged(tag).length,
	}));
}
