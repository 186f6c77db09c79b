/** Finding the "TODO" placeholders `npm run new` leaves, anywhere in an entry's data. */
import { describe, expect, it } from 'vitest';
import {
	findPlaceholders,
	hasPlaceholder,
	placeholderMessage,
} from '../../../src/lib/gate/placeholders.ts';

describe('findPlaceholders', () => {
	it('gives the path of every string that still says TODO, through lists and groups', () => {
		const data = {
			title: 'TODO: a headline',
			when: { date: '2025-03-11', label: 'TODO' },
			sources: ['done', 'TODO later'],
			count: 3,
			note: null,
		};
		expect(findPlaceholders(data)).toEqual([['title'], ['when', 'label'], ['sources', 1]]);
	});

	it('gives the empty path for a bare string that says TODO, and nothing for one that does not', () => {
		expect(findPlaceholders('TODO')).toEqual([[]]);
		expect(findPlaceholders('done')).toEqual([]);
	});
});

describe('hasPlaceholder', () => {
	it('matches TODO as a word only', () => {
		expect(hasPlaceholder('a TODO b')).toBe(true);
		expect(hasPlaceholder('TODOS and MASTODON')).toBe(false);
	});
});

describe('placeholderMessage', () => {
	it('offers removal only for what may be left out', () => {
		const replace = 'still says "TODO" — replace the placeholder with the real text';
		expect(placeholderMessage(false)).toBe(replace);
		expect(placeholderMessage('field')).toBe(`${replace}, or remove the field`);
		expect(placeholderMessage('item')).toBe(`${replace}, or remove the item`);
	});
});
