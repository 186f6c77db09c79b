/**
 * Turns `[^source-id]` citations into numbered footnotes whose definitions come from the sources
 * collection, so a contributor writes only the id and the details live in one place.
 *
 * GFM leaves a footnote reference without a definition as plain text, so this runs on text nodes:
 * each citation becomes a `footnoteReference`, and one `footnoteDefinition` per cited source is
 * appended; remark-rehype then numbers them in order of first citation and builds the references
 * list with back-links. An unknown id fails the file rather than leaving "[^id]" on the page.
 */
import type { FootnoteDefinition, PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { formatDay, toIsoDate } from '../dates.ts';
import type { Source } from '../schema/source.ts';
import { SOURCE_TYPE_LABELS } from '../sources.ts';
import { CITATION_PATTERN } from './citations.ts';

export interface RemarkCitationsOptions {
	/** Looks a source up by id; undefined when there is none. */
	getSource: (id: string) => Source | undefined;
}

/** The remark plugin; see the file comment. */
export function remarkCitations(options: RemarkCitationsOptions) {
	return (tree: Root, file: VFile) => {
		const cited: string[] = [];
		findAndReplace(tree, [
			new RegExp(CITATION_PATTERN.source, 'g'),
			(_match: string, id: string) => {
				if (!options.getSource(id)) {
					file.fail(`cites unknown source "${id}" — add content/sources/${id}.yaml or fix the id`);
				}
				if (!cited.includes(id)) cited.push(id);
				return { type: 'footnoteReference', identifier: id, label: id };
			},
		]);
		for (const id of cited) {
			const source = options.getSource(id);
			if (source) tree.children.push(toDefinition(id, source));
		}
	};
}

/** One entry of the references list: publisher, title, date, type, original and archived links. */
export function toDefinition(id: string, source: Source): FootnoteDefinition {
	const text = (value: string): PhrasingContent => ({ type: 'text', value });
	const span = (className: string, children: PhrasingContent[]): PhrasingContent => ({
		type: 'emphasis',
		children,
		data: { hName: 'span', hProperties: { className: [className] } },
	});
	const link = (url: string, label: string): PhrasingContent => ({
		type: 'link',
		url,
		children: [text(label)],
	});

	const publisher = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
	const title = source.titleIsQuoted ? `“${source.title}”` : source.title;
	const date: PhrasingContent =
		source.published === 'unknown'
			? text('date unknown')
			: {
					type: 'emphasis',
					children: [text(formatDay(source.published))],
					data: { hName: 'time', hProperties: { dateTime: toIsoDate(source.published) } },
				};
	const original = source.url ? link(source.url, 'Original') : text('Address not known');
	const archived = source.archived
		? link(source.archived, 'Archived copy')
		: text('No archived copy yet');

	return {
		type: 'footnoteDefinition',
		identifier: id,
		label: id,
		children: [
			{
				type: 'paragraph',
				children: [
					span('reference-publisher', [text(publisher)]),
					text(': '),
					span('reference-title', [text(title)]),
					text(', '),
					date,
					text('. '),
					span('reference-type', [text(SOURCE_TYPE_LABELS[source.type])]),
					text('. '),
					original,
					text(' · '),
					archived,
					text('.'),
				],
			},
		],
	};
}
