import { describe, expect, it } from 'vitest';
import {
	paginate,
	takeFirst,
	toPageLinks,
	toPageParam,
} from '../../../src/lib/views/pagination.ts';

const hrefOf = (page: number) => (page === 1 ? '/list/' : `/list/page/${page}/`);

describe('paginate', () => {
	it('cuts a list into pages with their neighbours and positions', () => {
		const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2, hrefOf);
		expect(
			pages.map(({ items, number, last, total, from, to, href, prev, next }) => ({
				items,
				number,
				last,
				total,
				from,
				to,
				href,
				prev,
				next,
			})),
		).toEqual([
			{
				items: ['a', 'b'],
				number: 1,
				last: 3,
				total: 5,
				from: 1,
				to: 2,
				href: '/list/',
				prev: undefined,
				next: '/list/page/2/',
			},
			{
				items: ['c', 'd'],
				number: 2,
				last: 3,
				total: 5,
				from: 3,
				to: 4,
				href: '/list/page/2/',
				prev: '/list/',
				next: '/list/page/3/',
			},
			{
				items: ['e'],
				number: 3,
				last: 3,
				total: 5,
				from: 5,
				to: 5,
				href: '/list/page/3/',
				prev: '/list/page/2/',
				next: undefined,
			},
		]);
	});

	it('gives an empty list one empty page, so the list page still exists', () => {
		const [only, ...rest] = paginate([], 50, hrefOf);
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ items: [], number: 1, last: 1, total: 0, from: 0, to: 0 });
		expect(only?.prev).toBeUndefined();
		expect(only?.next).toBeUndefined();
	});

	it('fills pages exactly at the page size', () => {
		expect(
			paginate(
				Array.from({ length: 100 }, (_, i) => i),
				50,
				hrefOf,
			),
		).toHaveLength(2);
		expect(
			paginate(
				Array.from({ length: 101 }, (_, i) => i),
				50,
				hrefOf,
			),
		).toHaveLength(3);
	});
});

describe('toPageLinks', () => {
	const numbers = (current: number, last: number) =>
		toPageLinks(current, last, hrefOf).map((link) => ('gap' in link ? '…' : link.number));

	it('links the first, the last and two pages either side, with gaps between', () => {
		expect(numbers(1, 1)).toEqual([1]);
		expect(numbers(1, 3)).toEqual([1, 2, 3]);
		expect(numbers(1, 100)).toEqual([1, 2, 3, '…', 100]);
		expect(numbers(50, 100)).toEqual([1, '…', 48, 49, 50, 51, 52, '…', 100]);
		expect(numbers(100, 100)).toEqual([1, '…', 98, 99, 100]);
		expect(numbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('marks the current page', () => {
		expect(toPageLinks(2, 3, hrefOf)).toEqual([
			{ number: 1, href: '/list/', current: false },
			{ number: 2, href: '/list/page/2/', current: true },
			{ number: 3, href: '/list/page/3/', current: false },
		]);
	});
});

describe('toPageParam', () => {
	it('gives the first page no parameter and the others page/N', () => {
		expect(toPageParam(1)).toBeUndefined();
		expect(toPageParam(2)).toBe('page/2');
	});
});

describe('takeFirst', () => {
	it('keeps the first items and counts the rest', () => {
		expect(takeFirst(['a', 'b', 'c'], 2)).toEqual({ items: ['a', 'b'], more: 1 });
		expect(takeFirst(['a'], 2)).toEqual({ items: ['a'], more: 0 });
		expect(takeFirst([], 5)).toEqual({ items: [], more: 0 });
	});
});
