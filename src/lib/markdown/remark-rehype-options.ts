/**
 * Options for remark-rehype: the footnote section is the article's visible, numbered references
 * list, so it gets a real heading rather than GitHub's screen-reader-only "Footnotes".
 */
import type { Options } from 'remark-rehype';

export const remarkRehypeOptions: Options = {
	footnoteLabel: 'References',
	footnoteLabelTagName: 'h2',
	footnoteLabelProperties: {},
	footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
		`Back to citation ${referenceIndex + 1}${rereferenceIndex > 1 ? ` (${rereferenceIndex})` : ''}`,
};
