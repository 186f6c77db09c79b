/** A published article as check:freeze compares it, for the freeze tests (unit and command line). */

/** The article file's text; every part has a default, so a test names only what it changes. */
export function freezeArticle(
	options: { body?: string; title?: string; published?: string; corrections?: string } = {},
): string {
	return [
		'---',
		`title: ${options.title ?? 'Military chiefs meet in Paris'}`,
		'standfirst: More than 30 countries sent representatives.',
		'kind: report',
		`published: ${options.published ?? '2026-11-26'}`,
		...(options.corrections ? [options.corrections] : []),
		'---',
		'',
		options.body ??
			'The chiefs met at the École Militaire.[^wire-report]\n\nThey met for a day.[^wire-report]',
		'',
	].join('\n');
}

/** A correction entry for the article's frontmatter. */
export const CORRECTION =
	'corrections:\n  - date: 2026-11-27\n    note: An earlier version gave the wrong venue.';
