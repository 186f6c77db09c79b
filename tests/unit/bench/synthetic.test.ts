/** The bench's synthetic articles: the same for a seed, shaped like real ones, and passed by the real gate. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree, LAUNCHED, readTree, type ContentFile } from '../../../bench/gate.ts';
import { readRealContent } from '../../../bench/inputs.ts';
import { generateArticles, type SyntheticOptions } from '../../../bench/synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const real = readRealContent(ROOT);
const options: SyntheticOptions = {
	count: 40,
	seed: 7,
	...real,
	launched: '2026-11-26',
	today: '2026-12-02',
};
const articles = generateArticles(options);
const sourceIds = readdirSync(join(ROOT, 'content', 'sources')).map((name) =>
	name.replace(/\.yaml$/, ''),
);
const frontmatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
const body = (text: string) => text.slice(frontmatter(text).length + 9);

describe('generateArticles', () => {
	it('gives the same files for the same seed and different ones for another', () => {
		expect(generateArticles(options)).toEqual(articles);
		const other = generateArticles({ ...options, seed: 8 });
		expect(other.map((article) => article.text)).not.toEqual(articles.map((a) => a.text));
	});

	it('keeps article i the same whatever the count, apart from its day', () => {
		const fewer = generateArticles({ ...options, count: 10 });
		expect(fewer.map((article) => article.id)).toEqual(articles.slice(0, 10).map((a) => a.id));
		expect(body(fewer[3]?.text ?? '')).toBe(body(articles[3]?.text ?? ''));
	});

	it('numbers the ids in order and spreads the days from launch to today, several a day', () => {
		expect(articles.slice(0, 2).map((article) => article.id)).toMatchInlineSnapshot(`
			[
			  "bench-00001-felis-consectetur",
			  "bench-00002-egestas-primis",
			]
		`);
		expect(new Set(articles.map((article) => article.id)).size).toBe(40);
		const days = articles.map((article) => /^published: (.+)$/m.exec(article.text)?.[1]);
		expect(days[0]).toBe('2026-11-26');
		expect(days.at(-1)).toBe('2026-12-02');
		expect([...days].sort()).toEqual(days);
		// 40 articles over 7 days: 5 or 6 a day.
		const perDay = Object.values(Object.groupBy(days, (day) => day ?? ''));
		expect(perDay.map((list) => list?.length)).toEqual([6, 6, 6, 5, 6, 6, 5]);
	});

	it('writes about 600 words with the Markdown a real article uses', () => {
		for (const article of articles) {
			const text = body(article.text);
			const words = text.split(/\s+/).filter(Boolean).length;
			expect(words, article.id).toBeGreaterThan(550);
			expect(words, article.id).toBeLessThan(700);
			expect(text, article.id).toMatch(/^## /m);
			expect(text, article.id).not.toMatch(/^# /m);
			expect(text, article.id).toMatch(/^- /m);
			expect(text, article.id).toMatch(/^> /m);
			expect(text.match(/\]\(https:\/\//g), article.id).toHaveLength(2);
			const cited = [...text.matchAll(/\[\^([^\]]+)\]/g)].map((match) => match[1]);
			expect(cited, article.id).toHaveLength(2);
			expect(cited[0], article.id).not.toBe(cited[1]);
			for (const id of cited) expect(sourceIds, article.id).toContain(id);
			expect(article.text, article.id).not.toMatch(/TODO/);
		}
	});

	it('takes the references of a real article', () => {
		const first = frontmatter(articles[0]?.text ?? '');
		const template = real.templates[0];
		expect(first).toContain(`participants: [${template?.participants.join(', ') ?? ''}]`);
		expect(first).toContain(`events: [${template?.events.join(', ') ?? ''}]`);
	});

	it('refuses an empty range of days', () => {
		expect(() => generateArticles({ ...options, today: '2026-11-25' })).toThrow(
			'today: is before launched — the range of days is empty',
		);
	});

	it('writes articles the real content gate passes, next to the real content', () => {
		const encoder = new TextEncoder();
		const files: ContentFile[] = [
			...readTree(ROOT),
			...articles.map((article) => ({
				path: `content/articles/${article.id}.md`,
				kind: 'file' as const,
				bytes: encoder.encode(article.text),
			})),
		];
		const outcome = checkTree(files, options.today);
		expect(outcome.errors).toEqual([]);
		// The real articles, counted from the folder, plus the 40 generated ones.
		const realArticles = readdirSync(join(ROOT, 'content', 'articles')).filter((name) =>
			name.endsWith('.md'),
		).length;
		expect(outcome.summary).toMatch(new RegExp(`^${realArticles + 40} articles, `));
		expect(LAUNCHED).toBe(options.launched);
	});
});
