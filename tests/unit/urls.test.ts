import { describe, expect, it } from 'vitest';
import { toAbsoluteUrl, urls } from '../../src/lib/urls.ts';

describe('urls', () => {
	it('points events, sources and claims at their element on a list page', () => {
		expect(urls.event('2025-03-11-paris-chiefs-meeting')).toBe(
			'/timeline/#2025-03-11-paris-chiefs-meeting',
		);
		expect(urls.source('ap-preview')).toBe('/sources/#ap-preview');
		expect(urls.claim('country-count')).toBe('/claims/#country-count');
	});

	it('points at a meeting column and a cell of the attendance matrix', () => {
		expect(urls.attendanceMeeting('m')).toBe('/attendance/#m');
		expect(urls.attendanceRecord('m', 'france')).toBe('/attendance/#m--france');
	});

	it('ends every page path with a slash', () => {
		expect([urls.search(), urls.participant('france'), urls.tag('nato'), urls.about()]).toEqual([
			'/search/',
			'/participants/france/',
			'/tags/nato/',
			'/about/',
		]);
	});

	it('makes absolute URLs', () => {
		expect(toAbsoluteUrl('/timeline/', 'https://example.org')).toBe(
			'https://example.org/timeline/',
		);
	});
});
