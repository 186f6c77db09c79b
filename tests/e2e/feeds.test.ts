/**
 * Invariants of the feeds in dist/, read with real feed parsers — @rowanmanning/feed-parser, and
 * Debian's python3-feedparser, the library behind many feed readers — against the content files
 * read directly. Item order, dates and categories in detail are tested on the fixture site
 * (tests/site/feeds.test.ts).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import {
	attr,
	DIST,
	existsInDist,
	listDist,
	readDistText,
	readPage,
	select,
} from '../helpers/dist.ts';
import { field, list, readArticles, readEntries } from '../helpers/raw-content.ts';

const articles = readArticles();
const events = readEntries('events');
const published = new Map(
	articles.map((article) => [`${SITE.url}/articles/${article.id}/`, field(article, 'published')]),
);
const feedFiles = listDist().filter((file) => /(?:^|\/)(?:rss|atom)\.xml$/.test(file));
const participantIds = [
	...new Set(articles.flatMap((article) => list(article, 'participants'))),
].sort();
const tags = [...new Set(articles.flatMap((article) => list(article, 'tags')))].sort();

/** The site path of an absolute URL on this site, or '' for any other origin. */
function toSitePath(url: string): string {
	return url.startsWith(`${SITE.url}/`) ? new URL(url).pathname : '';
}

/** Every URL attribute in an item's HTML that is not absolute (there must be none). */
function relativeUrls(html: string): string[] {
	return [...html.matchAll(/\s(?:href|src|cite)="([^"]*)"/g)]
		.map((match) => match[1] ?? '')
		.filter((url) => !/^(?:https:|mailto:)/.test(url));
}

describe('every feed', () => {
	it('parses, names itself, and gives each item a permanent id that is its link, in dist/', () => {
		const problems = feedFiles.flatMap((file) => {
			const feed = parseFeed(readDistText(file));
			const found: string[] = [];
			if (feed.self !== `${SITE.url}/${file}`) found.push(`self ${feed.self}`);
			if (!existsInDist(toSitePath(feed.url ?? ''))) found.push(`home ${feed.url}`);
			if (feed.items.length === 0) found.push('no items');
			for (const item of feed.items) {
				if (item.id !== item.url) found.push(`id ${item.id} is not its link ${item.url}`);
				if (!existsInDist(toSitePath(item.url ?? ''))) found.push(`link ${item.url}`);
				if (!item.published) found.push(`no date: ${item.url}`);
				const relative = relativeUrls(item.content ?? '');
				if (relative.length > 0) found.push(`relative links in ${item.url}: ${relative.join(' ')}`);
			}
			return found.map((problem) => `${file}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('dates each article item by the day its file says it was published, newest first', () => {
		const problems = feedFiles
			.filter((file) => file !== 'timeline/rss.xml')
			.flatMap((file) => {
				const items = parseFeed(readDistText(file)).items;
				const days = items.map((item) => item.published?.toISOString().slice(0, 10) ?? '');
				const found = items
					.filter((item, position) => published.get(item.url ?? '') !== days[position])
					.map((item) => `${item.url} dated ${item.published?.toISOString()}`);
				if (JSON.stringify(days) !== JSON.stringify([...days].sort().reverse()))
					found.push(`not newest first: ${days.join(', ')}`);
				return found.map((problem) => `${file}: ${problem}`);
			});
		expect(problems).toEqual([]);
	});
});

describe('which feeds exist', () => {
	it('has the site feeds holding every article once, and the timeline feed every event once', () => {
		const ids = (path: string) => parseFeed(readDistText(path)).items.map((item) => item.id ?? '');
		const articleUrls = [...published.keys()].sort();
		expect([...ids('/rss.xml')].sort()).toEqual(articleUrls);
		expect([...ids('/atom.xml')].sort()).toEqual(articleUrls);
		const json = JSON.parse(readDistText('/feed.json')) as { items: Array<{ id: string }> };
		expect(json.items.map((item) => item.id)).toEqual(ids('/rss.xml'));
		expect([...ids('/timeline/rss.xml')].sort()).toEqual(
			events.map((event) => `${SITE.url}/timeline/#${event.id}`).sort(),
		);
	});

	it('has a feed for each participant and each tag that an article names, and no other', () => {
		expect(
			listDist()
				.filter((file) => /^(?:participants|tags)\/[^/]+\/rss\.xml$/.test(file))
				.sort(),
		).toEqual(
			[
				...participantIds.map((id) => `participants/${id}/rss.xml`),
				...tags.map((tag) => `tags/${tag}/rss.xml`),
			].sort(),
		);
	});

	it("puts in a participant's or a tag's feed exactly the articles that name it", () => {
		const problems = [
			...participantIds.map((id) => [`/participants/${id}/rss.xml`, 'participants', id] as const),
			...tags.map((tag) => [`/tags/${tag}/rss.xml`, 'tags', tag] as const),
		].flatMap(([path, key, value]) => {
			const shown = parseFeed(readDistText(path))
				.items.map((item) => item.id ?? '')
				.sort();
			const expected = articles
				.filter((article) => list(article, key).includes(value))
				.map((article) => `${SITE.url}/articles/${article.id}/`)
				.sort();
			return JSON.stringify(shown) === JSON.stringify(expected)
				? []
				: [`${path}: ${shown.join(', ')}`];
		});
		expect(problems).toEqual([]);
	});
});

describe('a real feed reader (python3-feedparser)', () => {
	const python = '/usr/bin/python3';
	const files = [
		'/rss.xml',
		'/atom.xml',
		'/timeline/rss.xml',
		`/participants/${participantIds[0] ?? ''}/rss.xml`,
		`/tags/${tags[0] ?? ''}/rss.xml`,
	];
	// Prints what a reader shows: the feed's title and language, and each entry's id, link, dates,
	// content length and tags. `bozo` is feedparser's flag for a feed it had to repair.
	const script = `
import json, sys, feedparser
out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        "bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
        "title": d.feed.get("title"), "language": d.feed.get("language"),
        "self": [l["href"] for l in d.feed.get("links", []) if l.get("rel") == "self"],
        "entries": [{
            "id": e.get("id"), "link": e.get("link"),
            "published": e.get("published_parsed") and list(e.published_parsed)[:6],
            "updated": e.get("updated_parsed") and list(e.updated_parsed)[:6],
            "content": len(e.content[0].value) if e.get("content") else 0,
            "tags": [t.term for t in e.get("tags", [])],
        } for e in d.entries],
    }
print(json.dumps(out))
`;

	it('reads every kind of feed without repairs, with ids, links, dates and content', () => {
		expect(existsSync(python), `${python} is missing; .ci/run installs python3-feedparser`).toBe(
			true,
		);
		const result = spawnSync(python, ['-c', script, ...files.map((file) => `${DIST}${file}`)], {
			encoding: 'utf8',
		});
		expect(result.stderr, 'install it with: apt-get install python3-feedparser').toBe('');
		const read = JSON.parse(result.stdout) as Record<
			string,
			{
				bozo: boolean;
				error: string;
				version: string;
				language: string | null;
				self: string[];
				entries: Array<{
					id: string;
					link: string;
					published: number[];
					updated: number[];
					content: number;
					tags: string[];
				}>;
			}
		>;
		for (const file of files) {
			const feed = read[`${DIST}${file}`];
			expect(feed?.error, file).toBe('');
			expect(feed?.bozo, file).toBe(false);
			expect(feed?.self, file).toEqual([`${SITE.url}${file}`]);
			expect(feed?.entries.length, file).toBeGreaterThan(0);
			for (const entry of feed?.entries ?? []) {
				expect(entry.id).toBe(entry.link);
				expect(existsInDist(toSitePath(entry.link))).toBe(true);
				expect(entry.published).toHaveLength(6);
				expect(entry.updated).toHaveLength(6);
				expect(entry.content).toBeGreaterThan(200);
				expect(entry.tags.length).toBeGreaterThan(0);
			}
		}
		expect(read[`${DIST}/rss.xml`]?.version).toBe('rss20');
		expect(read[`${DIST}/rss.xml`]?.language).toBe(SITE.lang);
		expect(read[`${DIST}/atom.xml`]?.version).toBe('atom10');
		const rss = read[`${DIST}/rss.xml`]?.entries ?? [];
		expect(rss).toHaveLength(articles.length);
		for (const entry of rss) {
			const [year, month, date] = (published.get(entry.link) ?? '').split('-').map(Number);
			expect(entry.published, entry.link).toEqual([year, month, date, 0, 0, 0]);
		}
	});
});

describe('autodiscovery and "Subscribe"', () => {
	it('announces on each page only feeds that exist, and shows them as "Subscribe" links', () => {
		const problems = listDist()
			.filter((file) => file.endsWith('.html'))
			.flatMap((page) => {
				const tree = readPage(page);
				const announced = select(tree, 'link[rel="alternate"]').map((link) => attr(link, 'href'));
				const shown = select(tree, '.subscribe-links a[type]').map((link) => attr(link, 'href'));
				const found = announced
					.filter((href) => !existsInDist(href))
					.map((href) => `→ ${href} (no file)`);
				if (shown.length > 0 && JSON.stringify(shown) !== JSON.stringify(announced))
					found.push(`shows ${shown.join(' ')} but announces ${announced.join(' ')}`);
				return found.map((problem) => `${page}: ${problem}`);
			});
		expect(problems).toEqual([]);
	});

	it("announces each participant's and tag's own feed on its page, and none where there is none", () => {
		const problems = listDist()
			.filter((file) => /^(?:participants|tags)\/[^/]+\/index\.html$/.test(file))
			.flatMap((page) => {
				const feed = page.replace(/index\.html$/, 'rss.xml');
				const announced = select(readPage(page), 'link[rel="alternate"]').map((link) =>
					attr(link, 'href'),
				);
				const expected = existsInDist(feed) ? [`/${feed}`] : [];
				return JSON.stringify(announced) === JSON.stringify(expected)
					? []
					: [`${page}: ${announced.join(' ')}`];
			});
		expect(problems).toEqual([]);
	});
});
