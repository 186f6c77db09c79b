/**
 * Checks an article's Markdown body: only Markdown (no raw HTML), only web links, no images,
 * no hand-written footnotes, and citations that name real sources.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findCitations } from '../markdown/citations.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { hasPlaceholder, PLACEHOLDER_MESSAGE } from './placeholders.ts';
import { ID_PATTERN } from '../schema/shared.ts';
import { toSlug } from '../scaffold/slug.ts';
import { findSimilar } from '../similar.ts';
import { describeRawHtml } from './raw-html.ts';
import { unknownIdFix } from './unknown-id.ts';

export interface BodyFinding {
	/** 1-based line within the body. */
	line?: number;
	message: string;
	rule?: 'placeholder';
}

export interface BodyReport {
	findings: BodyFinding[];
	/** Cited source ids in order of first citation, repeats removed. */
	citedSources: string[];
	/** Every absolute URL linked from the body, with its line. */
	links: Array<{ url: string; line?: number }>;
	/** The parsed body, for the renderer: the one parse of it in a build. */
	tree: Root;
}

/**
 * Inspects a body. `isSource` answers whether a source id exists; unknown ids are reported here
 * with their line, since only the body knows where a citation stands.
 */
export function checkBody(
	markdown: string,
	isSource: (id: string) => boolean,
	sourceIds: Iterable<string> = [],
): BodyReport {
	const tree = parseMarkdown(markdown);
	const findings: BodyFinding[] = [];
	const links: BodyReport['links'] = [];
	const add = (line: number | undefined, message: string) =>
		findings.push(line === undefined ? { message } : { line, message });

	visit(tree, (node) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'html':
				for (const message of describeRawHtml(node.value)) add(line, message);
				break;
			case 'image':
			case 'imageReference':
				add(
					line,
					'images are not supported — link to the picture instead: [description](https://…)',
				);
				break;
			case 'footnoteDefinition':
				add(
					line,
					`remove the footnote definition [^${node.identifier}]: — a citation takes its details from content/sources/`,
				);
				break;
			case 'text':
			case 'inlineCode':
				if (hasPlaceholder(node.value)) {
					findings.push({
						...(line === undefined ? {} : { line }),
						message: PLACEHOLDER_MESSAGE,
						rule: 'placeholder',
					});
				}
				break;
			case 'heading':
				if (node.depth === 1)
					add(
						line,
						'a level-1 heading (#) is not allowed — the title is the page heading; use ## for sections',
					);
				break;
			case 'link':
			case 'definition': {
				const problem = linkProblem(node.url);
				if (problem) add(line, problem);
				else if (/^https?:/i.test(node.url))
					links.push(line === undefined ? { url: node.url } : { url: node.url, line });
				break;
			}
		}
	});

	const citations = findCitations(tree);
	const citedSources: string[] = [];
	for (const citation of citations) {
		if (!ID_PATTERN.test(citation.label)) {
			const close = findSimilar(toSlug(citation.label), sourceIds);
			add(
				citation.line,
				close.length > 0
					? `"[^${citation.label}]" is not a source id — did you mean ${close.map((id) => `[^${id}]`).join(' or ')}?`
					: `"[^${citation.label}]" is not a source id — write [^id] with the id of a file in content/sources/`,
			);
		} else if (!isSource(citation.label)) {
			add(
				citation.line,
				`cites unknown source "${citation.label}" — ${unknownIdFix(citation.label, 'sources', sourceIds)}`,
			);
		} else if (!citedSources.includes(citation.label)) {
			citedSources.push(citation.label);
		}
	}
	if (citations.length === 0) {
		add(
			undefined,
			'cites no source — cite each fact with [^source-id], e.g. [^ap-2025-03-10-preview]',
		);
	}
	if (tree.children.length === 0)
		add(undefined, 'is empty — write the article below the frontmatter');
	return { findings, citedSources, links, tree };
}

/** Why a link target is refused, or undefined if it is fine: web links, site paths and in-page anchors only. */
export function linkProblem(url: string): string | undefined {
	if (/^https?:\/\/[^/\s]/i.test(url)) return undefined;
	if (url.startsWith('/') && !url.startsWith('//')) return undefined;
	if (url.startsWith('#')) return undefined;
	return `link "${url}" is not allowed — use a full https:// address, a site path such as /timeline/, or #anchor`;
}
