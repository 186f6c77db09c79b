/**
 * Which branch holds the published articles, when `npm run check:freeze` is given none: the
 * project's main, not a fork's. A fork's `origin` is the contributor's own copy, so a remote named
 * `upstream` (the project, as GitHub's guide to forks names it) comes first, then `origin/main`.
 */

/** The refs to try, in order, given the names of the repository's remotes. */
export function freezeBaseCandidates(remotes: readonly string[]): string[] {
	return [...(remotes.includes('upstream') ? ['upstream/main'] : []), 'origin/main'];
}

/** The first candidate that names a commit, or undefined when none does. */
export function findFreezeBase(
	remotes: readonly string[],
	isCommit: (ref: string) => boolean,
): string | undefined {
	return freezeBaseCandidates(remotes).find(isCommit);
}
