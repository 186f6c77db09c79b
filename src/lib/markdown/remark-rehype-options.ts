/**
 * Options for remark-rehype: the footnote section is the article's visible, numbered references
 * list, so it gets a real heading rather than GitHub's screen-reader-only "Footnotes".
 */
import type { Options } from 'remark-rehype';

export const remarkRehypeOptions: Options = {
	footnoteLabel: 'References',
	footnoteLabelTagName: 'h2',
	footnoteLabelProperties: {},
	// "Back to reference 15, citation 2": the visible "2" of the back-link must be a word of its
	// name (WCAG 2.5.3); axe rejects "(2)" in parentheses.
	footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
		`Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `, citation ${rereferenceIndex}` : ''}`,
};
