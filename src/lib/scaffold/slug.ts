/** Ids for new entries: lower-case kebab-case, like every file name in content/. */

// Letters that Unicode normalisation does not split into a base letter and an accent.
const LETTERS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	þ: 'th',
};

/**
 * Turns free text into an id: accents dropped ("Élysée" → "elysee"), thousands separators
 * dropped ("200,000" → "200000"), every other run of punctuation or space becomes one "-".
 * Cut at a word boundary so the id stays under `max` characters; empty when nothing is left
 * (a title in Cyrillic, say), so the caller can ask for an id instead.
 */
export function toSlug(text: string, max = 60): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøłđþ]/g, (letter) => LETTERS[letter] ?? '')
		.replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (next.length > max) return slug === '' ? word.slice(0, max) : slug;
		slug = next;
	}
	return slug;
}

/** `base` if no entry has it yet, otherwise the first free `base-2`, `base-3`, … */
export function toUniqueId(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n += 1) {
		const id = `${base}-${n}`;
		if (!taken.has(id)) return id;
	}
}
