/**
 * Tags are free words, so a new one is not an error; but a tag no other article uses that is a
 * letter or two from one in use is most likely a typo, and would split a topic's page in two.
 */
import type { ContentSet } from '../content/entries.ts';
import { findSimilarName } from '../similar.ts';
import type { Problem } from './problem.ts';
import { problem } from './rules.ts';
import { quoteAll } from './zod-problems.ts';

/** Warns about each tag used by one article only that is close to a tag several articles use. */
export function checkTagSpelling(content: ContentSet): Problem[] {
	const usedBy = new Map<string, Set<string>>();
	for (const article of content.articles)
		for (const tag of article.data.tags)
			usedBy.set(tag, (usedBy.get(tag) ?? new Set()).add(article.id));
	return content.articles.flatMap((article) =>
		article.data.tags.flatMap((tag, index) => {
			if ((usedBy.get(tag)?.size ?? 0) > 1) return [];
			// Only a tag more articles use is the likely spelling; two new tags do not accuse each other.
			const others = [...usedBy.keys()].filter((other) => (usedBy.get(other)?.size ?? 0) > 1);
			const close = findSimilarName(tag, others);
			if (close.length === 0) return [];
			return [
				problem(
					article,
					['tags', index],
					`"${tag}" is a new tag — did you mean ${quoteAll(close)}? If it is a new topic, keep it`,
					'warning',
				),
			];
		}),
	);
}
