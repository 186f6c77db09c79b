import { describe, expect, it } from 'vitest';
import {
	explainUnconfirmed,
	findVersionsWithoutOwnSources,
	formatGroups,
	groupByPublisher,
	type CitedSource,
} from '../../../src/lib/gate/status-rules.ts';
import { sourceSchema, type Source } from '../../../src/lib/schema/source.ts';

const source = (id: string, fields: Partial<Record<keyof Source, unknown>>): CitedSource => ({
	id,
	source: sourceSchema.parse({
		title: `Document ${id}`,
		url: `https://example.org/${id}`,
		published: 'unknown',
		accessed: '2026-11-24',
		archived: null,
		type: 'outlet',
		language: 'en',
		...fields,
	}),
});

const apOnWkmg = source('ap-wkmg', { publisher: 'AP', via: 'WKMG', type: 'wire' });
const apOnWfp = source('ap-wfp', { publisher: 'ap', via: 'Winnipeg Free Press', type: 'wire' });
const rewrite = source('rewrite', {
	publisher: 'uslive.com',
	via: 'uslive.com',
	type: 'mirror',
	wire: 'ap',
});
const bbcMirror = source('bbc-mirror', { publisher: 'BBC', via: 'Capital FM', type: 'mirror' });
const ministry = source('ministry', { publisher: 'French foreign ministry', type: 'official' });

describe('groupByPublisher', () => {
	it('counts copies and rewrites of one wire story as that wire, whatever its case', () => {
		expect(groupByPublisher([apOnWkmg, rewrite, apOnWfp, bbcMirror])).toEqual([
			{ name: 'AP', ids: ['ap-wkmg', 'rewrite', 'ap-wfp'] },
			{ name: 'BBC', ids: ['bbc-mirror'] },
		]);
	});

	it('forgives runs of spaces inside a name, but not a missing space', () => {
		const afp = source('afp', { publisher: 'Agence France-Presse', type: 'wire' });
		const afpSpaced = source('afp-spaced', { publisher: 'Agence  France-Presse', type: 'wire' });
		const monde = source('monde', { publisher: 'Le Monde' });
		const mondeJoined = source('monde-joined', { publisher: 'LeMonde' });
		expect(groupByPublisher([afp, afpSpaced, monde, mondeJoined])).toEqual([
			{ name: 'Agence France-Presse', ids: ['afp', 'afp-spaced'] },
			{ name: 'Le Monde', ids: ['monde'] },
			{ name: 'LeMonde', ids: ['monde-joined'] },
		]);
	});

	it('lists a source cited twice once', () => {
		expect(groupByPublisher([apOnWkmg, apOnWkmg])).toEqual([{ name: 'AP', ids: ['ap-wkmg'] }]);
	});
});

describe('explainUnconfirmed', () => {
	it('allows confirmed on two independent publishers, or on one official source', () => {
		expect(explainUnconfirmed([apOnWkmg, bbcMirror])).toBeUndefined();
		expect(explainUnconfirmed([ministry])).toBeUndefined();
	});

	it('counts a copy of an official text as official only when it says so', () => {
		const fields = { publisher: '10 Downing Street', via: 'wired-gov.net', type: 'mirror' };
		expect(
			explainUnconfirmed([source('no10-copy', { ...fields, official: true })]),
		).toBeUndefined();
		expect(explainUnconfirmed([source('no10-copy', fields)])).toBe(
			'"confirmed" needs two independent publishers or one official source; its only source is one publisher (10 Downing Street: no10-copy)',
		);
	});

	it('allows confirmed when one of the sources is official, even if the others are not', () => {
		const fields = { publisher: '10 Downing Street', type: 'mirror' };
		const officialCopy = source('no10-copy', { ...fields, via: 'wired-gov.net', official: true });
		const plainCopy = source('no10-repost', { ...fields, via: 'Capital FM' });
		expect(explainUnconfirmed([plainCopy, officialCopy])).toBeUndefined();
	});

	it('names the one publisher and every source counted as it', () => {
		expect(explainUnconfirmed([apOnWkmg, rewrite])).toBe(
			'"confirmed" needs two independent publishers or one official source; its sources count as one publisher (AP: ap-wkmg, rewrite)',
		);
	});

	it('says when there is only one source, and names what is confirmed', () => {
		expect(explainUnconfirmed([bbcMirror], 'france')).toBe(
			'"confirmed" for france needs two independent publishers or one official source; its only source is one publisher (BBC: bbc-mirror)',
		);
	});
});

describe('findVersionsWithoutOwnSources', () => {
	it('accepts versions that each have a source no other version cites', () => {
		expect(findVersionsWithoutOwnSources([['a', 'b'], ['b', 'c'], ['d']])).toEqual([]);
	});

	it('finds a version whose every source another version also cites, and where', () => {
		expect(findVersionsWithoutOwnSources([['a', 'b'], ['c'], ['a', 'c']])).toEqual([
			{ index: 1, shared: [{ id: 'c', alsoIn: [2] }] },
			{
				index: 2,
				shared: [
					{ id: 'a', alsoIn: [0] },
					{ id: 'c', alsoIn: [1] },
				],
			},
		]);
	});
});

describe('formatGroups', () => {
	it('lists each publisher with its sources, publishers apart', () => {
		expect(
			formatGroups([
				{ name: 'AP', ids: ['ap-wire', 'uslive-ap-rewrite'] },
				{ name: 'Reuters', ids: ['reuters'] },
			]),
		).toBe('AP: ap-wire, uslive-ap-rewrite; Reuters: reuters');
	});
});
