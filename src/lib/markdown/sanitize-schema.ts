/**
 * The rehype-sanitize schema: GitHub's defaults, narrowed to web links, plus what our own plugins
 * emit (`<time datetime>`, reference spans). The content gate already rejects raw HTML; this is the
 * second layer, so a slip in the gate still cannot put a script on a page.
 *
 * `clobber` is off because remark-rehype already prefixes footnote ids with `user-content-`;
 * prefixing them again would break every citation link (ids and hrefs would no longer match).
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

/** The schema passed to rehype-sanitize. */
export const sanitizeSchema: Options = {
	...defaultSchema,
	clobber: [],
	tagNames: [...(defaultSchema.tagNames ?? []), 'time'],
	attributes: {
		...defaultSchema.attributes,
		time: ['dateTime'],
		span: [['className', /^reference-/]],
	},
	protocols: {
		...defaultSchema.protocols,
		href: ['http', 'https'],
	},
};
