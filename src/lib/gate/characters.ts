/**
 * Characters a reader cannot see or tell apart. Invisible ones (a zero-width space pasted from a
 * web page, a soft hyphen from a PDF) make an id or a name differ from the same name typed, so
 * links, search and "did you mean" all miss it; they are refused. A word that mixes alphabets
 * (a Cyrillic "а" in "Paris") looks right and is not; it gets a warning, since a real word may mix
 * scripts on purpose.
 */

/** Invisible characters refused in fields and file names, with their Unicode names. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<string, string> = new Map([
	['\u00AD', 'SOFT HYPHEN'],
	['\u180E', 'MONGOLIAN VOWEL SEPARATOR'],
	['\u200B', 'ZERO WIDTH SPACE'],
	['\u200C', 'ZERO WIDTH NON-JOINER'],
	['\u200D', 'ZERO WIDTH JOINER'],
	['\u2060', 'WORD JOINER'],
	['\uFEFF', 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)'],
]);

// The same characters as INVISIBLE_CHARACTERS, written as escapes so the source shows them.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/u;

/** `U+200B ZERO WIDTH SPACE`. */
export function nameCharacter(character: string): string {
	const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
	const name = INVISIBLE_CHARACTERS.get(character);
	return name ? `U+${code} ${name}` : `U+${code}`;
}

/** The first invisible character in `text` and its index, if any. */
export function findInvisible(text: string): { character: string; index: number } | undefined {
	const match = INVISIBLE.exec(text);
	return match ? { character: match[0], index: match.index } : undefined;
}

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Plain data with every invisible character removed from its strings. */
export function withoutInvisible(data: unknown): unknown {
	if (typeof data === 'string') return data.replace(INVISIBLE_ALL, '');
	if (Array.isArray(data)) return data.map(withoutInvisible);
	if (data !== null && typeof data === 'object')
		return Object.fromEntries(
			Object.entries(data).map(([key, value]) => [key, withoutInvisible(value)]),
		);
	return data;
}

const SCRIPTS = [
	{ name: 'Latin', pattern: /\p{Script=Latin}/u },
	{ name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
	{ name: 'Greek', pattern: /\p{Script=Greek}/u },
] as const;

export interface MixedWord {
	word: string;
	/** Index of the word in the text. */
	index: number;
	/** The alphabets it mixes, the most used first. */
	scripts: string[];
	/** The letters from the less used alphabets, as they appear. */
	odd: string[];
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Words in `text` whose letters come from more than one of the Latin, Cyrillic and Greek alphabets. */
export function findMixedScriptWords(text: string): MixedWord[] {
	const found: MixedWord[] = [];
	// Only a word with a letter outside ASCII can mix alphabets: most text is skipped at once.
	if (!NON_ASCII.test(text)) return found;
	for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
		const word = match[0];
		if (!NON_ASCII.test(word)) continue;
		const letters = new Map<string, string[]>();
		for (const letter of word) {
			const script = SCRIPTS.find((candidate) => candidate.pattern.test(letter));
			if (script) letters.set(script.name, [...(letters.get(script.name) ?? []), letter]);
		}
		if (letters.size < 2) continue;
		const ranked = [...letters.entries()].sort((a, b) => b[1].length - a[1].length);
		found.push({
			word,
			index: match.index,
			scripts: ranked.map(([name]) => name),
			odd: ranked.slice(1).flatMap(([, list]) => list),
		});
	}
	return found;
}
