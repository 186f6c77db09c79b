/**
 * "TODO" left in a file. `npm run new` writes TODO lines for what a contributor has yet to write,
 * so a draft can be previewed at once; the gate refuses to publish any that remain.
 */

const TODO = /\bTODO\b/;

const REPLACE = 'still says "TODO" — replace the placeholder with the real text';

/** The gate's message for a placeholder line in an article's body. */
export const PLACEHOLDER_MESSAGE = `${REPLACE}, or delete the line`;

/**
 * The gate's message for a placeholder in a field: only what may be left out is offered removal,
 * since removing a required field trades one error for another.
 */
export function placeholderMessage(removable: 'field' | 'item' | false): string {
	return removable ? `${REPLACE}, or remove the ${removable}` : REPLACE;
}

/** Whether a piece of text still holds a placeholder. */
export function hasPlaceholder(text: string): boolean {
	return TODO.test(text);
}

/** The paths of every string value in plain data that still holds a placeholder. */
export function findPlaceholders(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (typeof data === 'string') return hasPlaceholder(data) ? [path] : [];
	if (Array.isArray(data))
		return data.flatMap((item, index) => findPlaceholders(item, [...path, index]));
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => findPlaceholders(value, [...path, key]));
	}
	return [];
}
