/**
 * The built-site checks (tests/helpers/site-checks.ts) pass on the fixture site; tests/unit/site-checks
 * shows each one failing on a broken tree.
 */
import { describe, expect, it } from 'vitest';
import {
	findBrokenCitations,
	findBrokenLinks,
	findForeignLoads,
	findGluedWordsOnPages,
	findInvalidHtml,
	findUndefinedLinks,
} from '../helpers/site-checks.ts';
import { site } from './fixture.ts';

describe('every page of the fixture site', () => {
	it('has no link to /undefined', () => expect(findUndefinedLinks(site)).toEqual([]));
	it('resolves every site link and fragment', () => expect(findBrokenLinks(site)).toEqual([]));
	it('resolves every citation to a reference with publisher and address', () =>
		expect(findBrokenCitations(site)).toEqual([]));
	it('passes html-validate', async () => expect(await findInvalidHtml(site)).toEqual([]));
	it('loads nothing from another host', () => expect(findForeignLoads(site)).toEqual([]));
	it('never runs two words together', () => expect(findGluedWordsOnPages(site)).toEqual([]));
});
