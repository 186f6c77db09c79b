/**
 * Options for rehype-autolink-headings: each section heading gets a "#" link after its text, so a
 * reader can copy a link to it. The link is labelled for screen readers and hidden from the heading's
 * accessible name.
 */
import type { Options } from 'rehype-autolink-headings';

export const headingAnchorOptions: Options = {
	behavior: 'append',
	test: ['h2', 'h3', 'h4'],
	properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
	content: { type: 'text', value: '#' },
};
