/**
 * Lists that grow with the story are cut into pages, so no page's size or build cost follows the
 * size of the site: /articles/ and each tag 50 articles a page, a participant's articles likewise,
 * and short "latest" lists elsewhere with a link to the rest.
 */

/** Articles on one page of /articles/, a tag or a participant's article list. */
export const ARTICLES_PER_PAGE = 50;

/** Latest articles on the home page. */
export const HOME_ARTICLE_LIMIT = 5;

/** Newest articles on a participant's page, before the link to all of them. */
export const PARTICIPANT_ARTICLE_LIMIT = 10;

/**
 * Newest articles named under one event, claim or source on the pages that list those (timeline,
 * claims, sources): the rest are counted, so a page that lists every event stays the size of its
 * events, however many articles cover each.
 */
export const ITEM_ARTICLE_LIMIT = 5;

/** The first `limit` of a list in display order, and how many are left out. */
export function takeFirst<T>(items: readonly T[], limit: number): { items: T[]; more: number } {
	return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** A numbered link in a pager; `gap` stands for the pages left out between two links. */
export type PageLink = { number: number; href: string; current: boolean } | { gap: true };

/** One page of a list. */
export interface Page<T> {
	items: T[];
	/** 1-based. */
	number: number;
	/** How many pages the list has (at least 1, even when it is empty). */
	last: number;
	/** How many items the whole list has. */
	total: number;
	/** 1-based position of the first item on this page (0 when the list is empty). */
	from: number;
	/** 1-based position of the last item on this page. */
	to: number;
	href: string;
	prev?: string;
	next?: string;
	/** First, last, and the pages near this one, with gaps between: at most 7 links and 2 gaps. */
	links: PageLink[];
}

/**
 * The `params.page` of a page in an Astro `[...page]` route: undefined for the first page (the
 * list's own URL), `page/2` for the second, matching `urls.articles(2)`.
 */
export function toPageParam(number: number): string | undefined {
	return number <= 1 ? undefined : `page/${number}`;
}

/** Numbers of the pages a pager links to: first, last, and two either side of `current`. */
export function toPageLinks(current: number, last: number, hrefOf: (page: number) => string) {
	const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])]
		.filter((page) => page >= 1 && page <= last)
		.sort((a, b) => a - b);
	const links: PageLink[] = [];
	shown.forEach((page, at) => {
		const before = shown[at - 1];
		if (before !== undefined && page - before > 1) links.push({ gap: true });
		links.push({ number: page, href: hrefOf(page), current: page === current });
	});
	return links;
}

/**
 * Cuts `items` (already in display order) into pages of `size`.
 * @param hrefOf the URL of page n, e.g. `(n) => urls.articles(n)`
 */
export function paginate<T>(
	items: readonly T[],
	size: number,
	hrefOf: (page: number) => string,
): Array<Page<T>> {
	const last = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: last }, (_, at) => {
		const number = at + 1;
		const pageItems = items.slice(at * size, number * size);
		const page: Page<T> = {
			items: pageItems,
			number,
			last,
			total: items.length,
			from: pageItems.length === 0 ? 0 : at * size + 1,
			to: at * size + pageItems.length,
			href: hrefOf(number),
			links: toPageLinks(number, last, hrefOf),
		};
		if (number > 1) page.prev = hrefOf(number - 1);
		if (number < last) page.next = hrefOf(number + 1);
		return page;
	});
}
