/**
 * "TODO" left in a file. `npm run new` writes TODO lines for what a contributor has yet to write,
 * so a draft can be previewed at once; the gate refuses to publish any that remain.
 */

const TODO = /\bTODO\b/;

/** The gate's message for a placeholder, shared by fields and article bodies. */
export const PLACEHOLDER_MESSAGE =
	'still says "TODO" — replace the placeholder with the real text, or remove it';

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
