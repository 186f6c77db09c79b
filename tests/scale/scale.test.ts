/**
 * The site with a few hundred articles more than it has: 300 synthetic ones (bench/synthetic.ts)
 * beside the real content, built in a copy of the project. Counts, not times: one page per
 * article, list pages cut into pages of 50, feeds holding their 50 newest items, and a rebuild
 * after adding one article that leaves every other article's page as it was. The expected values
 * are written here from the rules (50 a page, 5 on the home page, 10 on a participant's page) and
 * from the article files themselves, not asked of src/lib.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRealContent } from '../../bench/inputs.ts';
import { generateArticles } from '../../bench/synthetic.ts';
import { astroEnv, makeSiteCopy, removeSiteCopy } from '../helpers/site-copy.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SYNTHETIC = 300;
const PER_PAGE = 50;

const env = astroEnv();

let site: string;
let articleIds: string[];
/** Every article's frontmatter, read from the files, newest first as the site orders them. */
let articles: Array<{
	id: string;
	published: string;
	participants: string[];
	tags: string[];
	events: string[];
}>;
const before = new Map<string, string>();

const read = (path: string) => readFileSync(join(site, 'dist', path), 'utf8');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const cards = (html: string) => count(html, /<article class="article-card"/g);

function build() {
	const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
		cwd: site,
		env,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}${result.stderr}`);
}

function readArticles() {
	const folder = join(site, 'content', 'articles');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const text = readFileSync(join(folder, name), 'utf8');
			const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<
				string,
				unknown
			>;
			return {
				id: name.slice(0, -3),
				published: String(data['published']),
				participants: (data['participants'] as string[] | undefined) ?? [],
				tags: (data['tags'] as string[] | undefined) ?? [],
				events: (data['events'] as string[] | undefined) ?? [],
			};
		})
		.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}

const today = new Date().toISOString().slice(0, 10);
const generated = generateArticles({
	count: SYNTHETIC + 1,
	seed: 7,
	...readRealContent(ROOT),
	launched: '2026-11-26',
	today,
	idPrefix: 'scale',
});

beforeAll(() => {
	site = makeSiteCopy();
	for (const article of generated.slice(0, SYNTHETIC)) {
		writeFileSync(join(site, 'content', 'articles', `${article.id}.md`), article.text);
	}
	articles = readArticles();
	articleIds = articles.map((article) => article.id);
	build();
	for (const id of articleIds) before.set(id, read(`articles/${id}/index.html`));
}, 900_000);

afterAll(() => {
	removeSiteCopy(site);
});

describe('a site with 300 more articles', () => {
	it('has one page per article', () => {
		const pages = readdirSync(join(site, 'dist', 'articles')).filter((name) => name !== 'page');
		expect(pages.filter((name) => !name.endsWith('.html')).sort()).toEqual([...articleIds].sort());
	});

	it('cuts /articles/ into pages of 50, newest first, linked with rel=prev and rel=next', () => {
		const last = Math.ceil(articles.length / PER_PAGE);
		const path = (page: number) =>
			page === 1 ? 'articles/index.html' : `articles/page/${page}/index.html`;
		for (let page = 1; page <= last; page += 1) {
			const html = read(path(page));
			const expected = page < last ? PER_PAGE : articles.length - PER_PAGE * (last - 1);
			expect(cards(html), `page ${page}`).toBe(expected);
			expect(html.includes('<link rel="prev"'), `page ${page} prev`).toBe(page > 1);
			expect(html.includes('<link rel="next"'), `page ${page} next`).toBe(page < last);
		}
		expect(() => read(`articles/page/${last + 1}/index.html`)).toThrow();
		const first = read(path(1));
		expect(first.indexOf(`/articles/${articleIds[0]}/`)).toBeGreaterThan(-1);
		expect(first).not.toContain(`/articles/${articleIds[PER_PAGE]}/"`);
	});

	it('shows the newest 5 articles on the home page, with a link to all of them', () => {
		const home = read('index.html');
		expect(cards(home)).toBe(5);
		expect(home).toContain(`All ${articles.length} articles`);
	});

	it('holds the newest 50 articles in each site feed', () => {
		expect(count(read('rss.xml'), /<item>/g)).toBe(PER_PAGE);
		expect(count(read('atom.xml'), /<entry>/g)).toBe(PER_PAGE);
		const json = JSON.parse(read('feed.json')) as { items: Array<{ url: string }> };
		expect(json.items.map((item) => item.url)).toEqual(
			articleIds
				.slice(0, PER_PAGE)
				.map((id) => `https://paris-talks-tracker.github.io/articles/${id}/`),
		);
	});

	it('bounds a busy participant: 10 on their page, every one on their article list, 50 in their feed', () => {
		const counts = new Map<string, number>();
		for (const article of articles)
			for (const id of article.participants) counts.set(id, (counts.get(id) ?? 0) + 1);
		const [busiest = '', total = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
		expect(total).toBeGreaterThan(PER_PAGE);
		const page = read(`participants/${busiest}/index.html`);
		expect(page).toContain(`href="/participants/${busiest}/articles/"`);
		expect(page).toContain(`All ${total} articles about`);
		const list = (n: number) =>
			read(`participants/${busiest}/articles/${n === 1 ? '' : `page/${n}/`}index.html`);
		let listed = 0;
		for (let n = 1; n <= Math.ceil(total / PER_PAGE); n += 1) listed += cards(list(n));
		expect(listed).toBe(total);
		expect(count(read(`participants/${busiest}/rss.xml`), /<item>/g)).toBe(PER_PAGE);
	});

	it('cuts a busy tag into pages of 50 and holds 50 in its feed', () => {
		const counts = new Map<string, number>();
		for (const article of articles)
			for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
		const [tag = '', total = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
		expect(cards(read(`tags/${tag}/index.html`))).toBe(Math.min(PER_PAGE, total));
		expect(count(read(`tags/${tag}/rss.xml`), /<item>/g)).toBe(PER_PAGE);
		const last = Math.ceil(total / PER_PAGE);
		expect(cards(read(`tags/${tag}/page/${last}/index.html`))).toBe(total - PER_PAGE * (last - 1));
	});

	it('names at most 5 articles under each event on the timeline, and counts the rest', () => {
		const events = new Map<string, number>();
		for (const article of articles)
			for (const id of article.events) events.set(id, (events.get(id) ?? 0) + 1);
		const [busiest = '', total = 0] = [...events].sort((a, b) => b[1] - a[1])[0] ?? [];
		expect(total).toBeGreaterThan(5);
		const timeline = read('timeline/index.html');
		const item = timeline.slice(timeline.indexOf(`id="${busiest}"`));
		const entry = item.slice(0, item.indexOf('</li>', item.indexOf('link-list-more')) + 5);
		expect(entry).toContain(`and ${total - 5} more`);
		expect(count(entry.slice(entry.indexOf('Articles:')), /href="\/articles\//g)).toBe(5);
	});

	it('after adding one article, rebuilds with every other article page as it was', () => {
		const added = generated[SYNTHETIC];
		if (!added) throw new Error('no article to add');
		writeFileSync(join(site, 'content', 'articles', `${added.id}.md`), added.text);
		const after = readArticles();
		build();
		// The new article's neighbours gain a link to it; nothing else about an article page changes.
		const at = after.findIndex((article) => article.id === added.id);
		const neighbours = new Set([after[at - 1]?.id, after[at + 1]?.id]);
		const changed = articleIds.filter((id) => read(`articles/${id}/index.html`) !== before.get(id));
		expect(changed.filter((id) => !neighbours.has(id))).toEqual([]);
		expect(read(`articles/${added.id}/index.html`)).toContain('<h1');
		expect(count(read('rss.xml'), /<item>/g)).toBe(PER_PAGE);
	}, 900_000);
});
