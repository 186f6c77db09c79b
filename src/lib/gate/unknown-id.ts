/** The fix offered for an id that names no file: the nearest ids first, then creating the file. */
import { COLLECTIONS, type CollectionName } from '../content/layout.ts';
import { findSimilar } from '../similar.ts';
import { quoteAll } from './zod-problems.ts';

/**
 * `did you mean "x"? Or create content/<collection>/<id>.yaml` when an id is close to a known one,
 * else how to find the right id or create the file.
 */
export function unknownIdFix(
	id: string,
	collection: CollectionName,
	known: Iterable<string>,
): string {
	const file = `content/${collection}/${id}${COLLECTIONS[collection].extension}`;
	const close = findSimilar(id, known);
	return close.length > 0
		? `did you mean ${quoteAll(close)}? Or create ${file}`
		: `fix the id (npm run new -- --list ${collection} shows them all) or create ${file}`;
}
