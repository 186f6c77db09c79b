/** Topics: every tag with its articles, for /tags/ and /tags/<tag>/. */
import type { ArticleItem } from '../content/content-index.ts';
import { urls } from '../urls.ts';

/** A tag with the articles that carry it, in the order given (newest first from data.ts). */
export interface TagView {
	tag: string;
	/** "security force" for `security-force`. */
	label: string;
	href: string;
	articles: ArticleItem[];
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

/** Every tag, most used first, then alphabetically. */
export function buildTags(articles: readonly ArticleItem[]): TagView[] {
	const byTag = new Map<string, ArticleItem[]>();
	for (const article of articles) {
		for (const tag of article.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
	}
	return [...byTag.entries()]
		.map(([tag, tagged]) => ({ tag, label: formatTag(tag), href: urls.tag(tag), articles: tagged }))
		.sort((a, b) => b.articles.length - a.articles.length || a.tag.localeCompare(b.tag));
}
