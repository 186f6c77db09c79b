/**
 * Invariants of the real site in dist/, with expected values read from the content files directly
 * (tests/helpers/raw-content.ts), never from src/lib. Each check is one test over every page or
 * entry that lists every failure. What the pages should say in detail is tested on the fixture site
 * (tests/site/), whose right answers can be read off its files.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { attr, existsInDist, listPages, readPage, select } from '../helpers/dist.ts';
import { getPageTypes } from '../helpers/page-types.ts';
import {
	citedId,
	citedInBody,
	field,
	list,
	readArticles,
	readBlockedDomains,
	readEntries,
	type RawEntry,
} from '../helpers/raw-content.ts';
import {
	findBrokenCitations,
	findBrokenLinks,
	findForeignLoads,
	findGluedWordsOnPages,
	findInvalidHtml,
	findMissingPages,
	findUndefinedLinks,
} from '../helpers/site-checks.ts';
import { openDist, DIST } from '../helpers/dist.ts';

const dist = openDist(DIST);
const articles = readArticles();
const events = readEntries('events');
const participants = readEntries('participants');
const sources = readEntries('sources');
const claims = readEntries('claims');
const text = (element: Element | undefined) =>
	element ? toString(element).replace(/\s+/g, ' ').trim() : '';
const hrefsIn = (element: Element) => select(element, 'a[href]').map((link) => attr(link, 'href'));
/** Ids of the elements on a page. */
const idsOn = (path: string) => new Set(select(readPage(path), '[id]').map((e) => attr(e, 'id')));
/** An attribute of an element that may be missing ('' then). */
const attrOf = (element: Element | undefined, name: string) => (element ? attr(element, name) : '');
/** The element with this id on a page, if any. */
const byId = (path: string, id: string) => select(readPage(path), `[id="${id}"]`)[0];

describe('every content file', () => {
	it('has its page, or its place on the page that lists its kind', () => {
		const missing = findMissingPages(dist, [
			...articles.map((article) => `/articles/${article.id}/`),
			...participants.map((participant) => `/participants/${participant.id}/`),
		]);
		const places: Array<[string, string[]]> = [
			['/timeline/', events.map((event) => event.id)],
			['/claims/', claims.map((claim) => claim.id)],
			['/sources/', sources.map((source) => source.id)],
			[
				'/attendance/',
				events.flatMap((event) =>
					list<{ participant: string }>(event, 'attendance').map(
						(record) => `${event.id}--${record.participant}`,
					),
				),
			],
		];
		for (const [path, ids] of places) {
			const present = idsOn(path);
			for (const id of ids) if (!present.has(id)) missing.push(`${path}#${id} (no element)`);
		}
		expect(missing).toEqual([]);
	});

	it('is counted once: one page per article and per participant, no page for anything else', () => {
		const built = (pattern: RegExp) =>
			listPages()
				.filter((page) => pattern.test(page))
				.sort();
		expect({
			articles: built(/^articles\/[^/]+\/index\.html$/),
			participants: built(/^participants\/[^/]+\/index\.html$/),
		}).toEqual({
			articles: articles.map((article) => `articles/${article.id}/index.html`).sort(),
			participants: participants
				.map((participant) => `participants/${participant.id}/index.html`)
				.sort(),
		});
	});
});

describe('every page', () => {
	it('has its language, one h1, a title, a description, a canonical link and a skip link', () => {
		const problems = listPages().flatMap((page) => {
			const tree = readPage(page);
			const count = (selector: string) => select(tree, selector).length;
			const found: string[] = [];
			if (attrOf(select(tree, 'html')[0], 'lang') !== SITE.lang) found.push('lang');
			if (count('h1') !== 1) found.push(`${count('h1')} h1`);
			if (text(select(tree, 'title')[0]) === '') found.push('no title');
			if (attrOf(select(tree, 'meta[name="description"]')[0], 'content') === '')
				found.push('no description');
			if (count('meta[property="og:title"]') !== 1) found.push('no og:title');
			if (count('a.skip-link[href="#main"]') !== 1 || count('main#main') !== 1)
				found.push('no skip link to main#main');
			const canonical = select(tree, 'link[rel="canonical"]').map((link) => attr(link, 'href'));
			const own = page === '404.html' ? [] : [`${SITE.url}/${page.replace(/index\.html$/, '')}`];
			if (JSON.stringify(canonical) !== JSON.stringify(own)) found.push(`canonical ${canonical}`);
			return found.map((problem) => `${page}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('builds every page type', () => {
		expect(Object.values(getPageTypes()).filter((path) => !existsInDist(path))).toEqual([]);
	});

	it('has no link to /undefined', () => expect(findUndefinedLinks(dist)).toEqual([]));
	it('resolves every site link and fragment', () => expect(findBrokenLinks(dist)).toEqual([]));
	it('passes html-validate', async () => expect(await findInvalidHtml(dist)).toEqual([]));
	it('loads nothing from another host', () => expect(findForeignLoads(dist)).toEqual([]));
	it('never runs two words together', () => expect(findGluedWordsOnPages(dist)).toEqual([]));

	it('never links to a blocked domain or its subdomains', () => {
		const blocked = readBlockedDomains().map((domain) => domain.id);
		const bad = listPages().flatMap((page) =>
			hrefsIn(select(readPage(page), 'body')[0] as Element)
				.filter((href) => {
					const host = /^https?:\/\/([^/]+)/.exec(href)?.[1] ?? '';
					return blocked.some((domain) => host === domain || host.endsWith(`.${domain}`));
				})
				.map((href) => `${page}: ${href}`),
		);
		expect(bad).toEqual([]);
	});
});

describe('article pages', () => {
	it('resolve every citation to a reference with publisher and address', () => {
		expect(findBrokenCitations(dist)).toEqual([]);
	});

	it('list a reference for each source the body cites, in order of first citation', () => {
		const wrong = articles.flatMap((article) => {
			const shown = select(readPage(`/articles/${article.id}/`), 'section.footnotes li[id]').map(
				(li) => attr(li, 'id').replace('user-content-fn-', ''),
			);
			const cited = citedInBody(article.body);
			return JSON.stringify(shown) === JSON.stringify(cited)
				? []
				: [`${article.id}: shows ${shown.join(',')}; cites ${cited.join(',')}`];
		});
		expect(wrong).toEqual([]);
	});

	it("show each reference's publisher as its source file gives it", () => {
		const publisher = new Map(sources.map((source) => [source.id, field(source, 'publisher')]));
		const wrong = articles.flatMap((article) =>
			select(readPage(`/articles/${article.id}/`), 'section.footnotes li[id]').flatMap((li) => {
				const id = attr(li, 'id').replace('user-content-fn-', '');
				const shown = text(select(li, '.reference-publisher')[0]);
				return shown.startsWith(publisher.get(id) ?? '\0')
					? []
					: [`${article.id}: ${id} → ${shown}`];
			}),
		);
		expect(wrong).toEqual([]);
	});

	it('carry their headline, publication day and canonical address in JSON-LD and <time>', () => {
		const wrong = articles.flatMap((article) => {
			const path = `/articles/${article.id}/`;
			const script = select(readPage(path), 'script[type="application/ld+json"]')[0];
			const data = JSON.parse(text(script) || '{}') as Record<string, unknown>;
			const published = field(article, 'published');
			const found: string[] = [];
			if (data['headline'] !== field(article, 'title'))
				found.push(`headline ${String(data['headline'])}`);
			if (data['datePublished'] !== published)
				found.push(`datePublished ${String(data['datePublished'])}`);
			if (data['url'] !== `${SITE.url}${path}`) found.push(`url ${String(data['url'])}`);
			const times = select(readPage(path), 'header time[datetime]').map((t) => attr(t, 'dateTime'));
			if (!times.includes(published)) found.push(`no <time datetime="${published}">`);
			return found.map((problem) => `${article.id}: ${problem}`);
		});
		expect(wrong).toEqual([]);
	});

	it('link to every event and participant they are about', () => {
		const missing = articles.flatMap((article) => {
			const hrefs = new Set(
				hrefsIn(select(readPage(`/articles/${article.id}/`), 'main')[0] as Element),
			);
			return [
				...list(article, 'events').map((id) => `/timeline/#${id}`),
				...list(article, 'participants').map((id) => `/participants/${id}/`),
			]
				.filter((href) => !hrefs.has(href))
				.map((href) => `${article.id}: ${href}`);
		});
		expect(missing).toEqual([]);
	});
});

describe('the list pages', () => {
	it('link each event to its sources and participants, as its file lists them', () => {
		const missing = events.flatMap((event) => {
			const item = byId('/timeline/', event.id);
			const hrefs = new Set(item ? hrefsIn(item) : []);
			return [
				...list(event, 'sources').map((cited) => `/sources/#${citedId(cited)}`),
				...list(event, 'participants').map((id) => `/participants/${id}/`),
			]
				.filter((href) => !hrefs.has(href))
				.map((href) => `${event.id}: ${href}`);
		});
		expect(missing).toEqual([]);
	});

	it('show every version of each disputed claim, with its sources', () => {
		const wrong = claims
			.filter((claim) => field(claim, 'status') === 'disputed')
			.flatMap((claim) => {
				const item = byId('/claims/', claim.id);
				if (!item) return [`${claim.id}: not listed`];
				const shown = select(item, '.claim-version');
				const versions = list<{ statement: string; sources: unknown[] }>(claim, 'versions');
				if (shown.length !== versions.length)
					return [`${claim.id}: ${shown.length} versions shown`];
				return versions.flatMap((version, position) => {
					const element = shown[position] as Element;
					const ok =
						text(element).includes(version.statement.replace(/\s+/g, ' ').trim()) &&
						JSON.stringify(hrefsIn(element)) ===
							JSON.stringify(version.sources.map((cited) => `/sources/#${citedId(cited)}`));
					return ok ? [] : [`${claim.id}: version ${position + 1}`];
				});
			});
		expect(wrong).toEqual([]);
	});

	it("show each source's publisher, its address or that it is unknown, and its archived copy", () => {
		const wrong = sources.flatMap((source) => {
			const item = byId('/sources/', source.id);
			if (!item) return [`${source.id}: not listed`];
			const hrefs = hrefsIn(item);
			const found: string[] = [];
			if (!text(item).includes(field(source, 'publisher'))) found.push('publisher');
			const url = field(source, 'url');
			if (url ? !hrefs.includes(url) : !text(item).includes('Address not known')) found.push('url');
			const archived = field(source, 'archived');
			// The address as a browser writes it (new URL drops a default port such as :443).
			const lookup = url ? `https://web.archive.org/web/*/${new URL(url).href}` : '';
			if (archived) {
				if (!hrefs.includes(archived)) found.push('archived');
			} else if (url ? !hrefs.includes(lookup) : !text(item).includes('No archived copy'))
				found.push('archived');
			return found.map((problem) => `${source.id}: ${problem}`);
		});
		expect(wrong).toEqual([]);
	});

	it("state each person's roles at the time, or that the sources give none", () => {
		const wrong = participants
			.filter((participant) => field(participant, 'kind') === 'person')
			.flatMap((person: RawEntry) => {
				const section = text(
					select(readPage(`/participants/${person.id}/`), 'section:has(> h2#role-heading)')[0],
				);
				const roles = list<{ title: string }>(person, 'roles');
				const expected =
					roles.length === 0 ? ['Not stated in our sources.'] : roles.map((role) => role.title);
				return expected
					.filter((phrase) => !section.includes(phrase))
					.map((phrase) => `${person.id}: ${phrase}`);
			});
		expect(wrong).toEqual([]);
	});

	it('list every article on /articles/ and the newest 5 on the home page, newest first', () => {
		const day = new Map(
			articles.map((article) => [`/articles/${article.id}/`, field(article, 'published')]),
		);
		// Newest first; on the same day, by id (the site's documented order).
		const newestFirst = [...day.keys()].sort(
			(a, b) => (day.get(b) ?? '').localeCompare(day.get(a) ?? '') || a.localeCompare(b),
		);
		const listedOn = (path: string) => [
			...new Set(
				hrefsIn(select(readPage(path), 'main')[0] as Element).filter((href) => day.has(href)),
			),
		];
		expect(listedOn('/articles/')).toEqual(newestFirst.slice(0, 50));
		expect(listedOn('/')).toEqual(newestFirst.slice(0, 5));
	});
});
