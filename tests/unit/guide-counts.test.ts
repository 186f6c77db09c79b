/**
 * The guides show the gate's summary line as an example. Its counts must be the real ones: a
 * contributor compares their own run with it. Expected values come from the files in content/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const FOLDERS = [
	['articles', '.md'],
	['events', '.yaml'],
	['participants', '.yaml'],
	['sources', '.yaml'],
	['claims', '.yaml'],
] as const;

function countIn(folder: string, extension: string): number {
	return readdirSync(join(ROOT, 'content', folder)).filter((name) => name.endsWith(extension))
		.length;
}

const SUMMARY = /\d+ articles?, \d+ events?, \d+ participants?, \d+ sources?, \d+ claims?/g;

describe('the guides', () => {
	const expected = FOLDERS.map(
		([folder, extension]) => `${countIn(folder, extension)} ${folder}`,
	).join(', ');

	it.each(['README.md', 'CONTRIBUTING.md'])('%s gives the real counts of content/', (guide) => {
		const text = readFileSync(join(ROOT, guide), 'utf8');
		const shown = [...text.matchAll(SUMMARY)].map((match) => match[0]);
		expect(shown.length).toBeGreaterThan(0);
		for (const line of shown) expect(line).toBe(expected);
	});
});
