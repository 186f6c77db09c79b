/**
 * Finds invisible characters (errors) and words that mix alphabets (warnings) in an entry's fields,
 * and mixed words in an article's body, each on its line and column so an editor can jump to it.
 */
import {
	findInvisible,
	findMixedScriptWords,
	nameCharacter,
	type MixedWord,
} from './characters.ts';

export interface CharacterFinding {
	path: PropertyKey[];
	line?: number;
	message: string;
	severity: 'error' | 'warning';
}

/**
 * @param data the parsed fields
 * @param text the whole file, to find the line and column of what the fields hold
 * @param lineOf the line of a field in `text`
 * @param body an article's body and the line it starts on
 */
export function checkCharacters(
	data: unknown,
	text: string,
	lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined,
	body?: { text: string; line: number },
): CharacterFinding[] {
	const lines = text.split('\n');
	/**
	 * Line and column of `needle`, searched from the field's own line down. Columns count UTF-16
	 * units, as editors' "go to line:column" does for every character a title is likely to hold.
	 */
	const locate = (needle: string, fromLine: number) => {
		for (let index = Math.max(0, fromLine - 1); index < lines.length; index += 1) {
			const at = lines[index]?.indexOf(needle) ?? -1;
			if (at >= 0) return { line: index + 1, column: at + 1 };
		}
		return { line: fromLine, column: undefined };
	};
	const findings: CharacterFinding[] = [];
	for (const { path, value } of strings(data)) {
		const fieldLine = lineOf(path) ?? 1;
		const invisible = findInvisible(value);
		if (invisible) {
			// Search for the character with what precedes it, so an earlier field on the line is skipped.
			const context = value.slice(Math.max(0, invisible.index - 8), invisible.index + 1);
			const { line, column } = locate(context, fieldLine);
			const where = column === undefined ? '' : ` at column ${column + context.length - 1}`;
			findings.push({
				path,
				line,
				severity: 'error',
				message: `contains the invisible character ${nameCharacter(invisible.character)}${where} — delete it (retype the word if you cannot see it)`,
			});
		}
		for (const mixed of findMixedScriptWords(value))
			findings.push({
				path,
				severity: 'warning',
				...mixedMessage(mixed, locate(mixed.word, fieldLine)),
			});
	}
	if (body) {
		body.text.split('\n').forEach((text, index) => {
			for (const mixed of findMixedScriptWords(text)) {
				const column = mixed.index + 1;
				findings.push({
					path: ['body'],
					severity: 'warning',
					...mixedMessage(mixed, { line: body.line + index, column }),
				});
			}
		});
	}
	return findings;
}

function mixedMessage(
	mixed: MixedWord,
	where: { line: number; column: number | undefined },
): { line: number; message: string } {
	const [main = '', ...others] = mixed.scripts;
	// The odd letter looks like its twin, so it is named by its code point too.
	const odd = mixed.odd.map((letter) => `"${letter}" ${nameCharacter(letter)}`).join(', ');
	const column = where.column === undefined ? '' : ` at column ${where.column}`;
	return {
		line: where.line,
		message: `the word "${mixed.word}"${column} mixes ${main} and ${others.join(' and ')} letters (${others.join(', ')}: ${odd}) — retype it in one alphabet`,
	};
}

/** Every string in plain data, with its path. */
function strings(
	data: unknown,
	path: PropertyKey[] = [],
): Array<{ path: PropertyKey[]; value: string }> {
	if (typeof data === 'string') return [{ path, value: data }];
	if (Array.isArray(data)) return data.flatMap((item, index) => strings(item, [...path, index]));
	if (data !== null && typeof data === 'object')
		return Object.entries(data).flatMap(([key, value]) => strings(value, [...path, key]));
	return [];
}
