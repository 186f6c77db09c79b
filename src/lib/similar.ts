/** "Did you mean …?" for ids: the known ids closest to one a contributor mistyped. */

/** Up to three known ids close to a mistyped one: containing it or all its words, or a few letters away. */
export function findSimilar(id: string, known: Iterable<string>): string[] {
	const scored: Array<{ candidate: string; score: number }> = [];
	const words = id.split('-').filter(Boolean);
	for (const candidate of known) {
		const candidateWords = new Set(candidate.split('-'));
		if (candidate.includes(id) || id.includes(candidate)) scored.push({ candidate, score: 0 });
		// "ap-preview" for "ap-2025-03-10-preview": every word given is in the id, in any order.
		else if (words.every((word) => candidateWords.has(word))) scored.push({ candidate, score: 1 });
		else {
			const distance = editDistance(id, candidate);
			if (distance <= Math.max(2, Math.floor(id.length / 4)))
				scored.push({ candidate, score: distance });
		}
	}
	return scored
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, 3)
		.map((entry) => entry.candidate);
}

/**
 * Up to three known names a few letters from a mistyped one, nearest first, ignoring case: for
 * field names and fixed words, where "contains it" would offer `date` for `updatedd`.
 */
export function findSimilarName(name: string, known: Iterable<string>): string[] {
	const limit = Math.max(2, Math.floor(name.length / 4));
	return [...known]
		.map((candidate) => ({
			candidate,
			score: editDistance(name.toLowerCase(), candidate.toLowerCase()),
		}))
		.filter((entry) => entry.score <= limit && entry.candidate !== name)
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, 3)
		.map((entry) => entry.candidate);
}

/** Levenshtein distance: insertions, deletions and substitutions needed to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
