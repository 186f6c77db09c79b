/**
 * How content problems reach a contributor outside `npm run check:content`: `astro build` prints
 * the gate's own lines and stops, and `astro dev` shows them in the browser until they are fixed.
 * Each test runs the real commands on a copy of the site with one misspelt field.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, makeSiteCopy, removeSiteCopy } from '../helpers/site-copy.ts';

const ARTICLE = 'content/articles/how-we-got-here.md';
const LINE = 'participants:';

let site: string;
let original: string;

beforeAll(() => {
	site = makeSiteCopy();
	original = readFileSync(join(site, ARTICLE), 'utf8');
});

afterAll(() => {
	removeSiteCopy(site);
});

/** Writes the article with `participants:` misspelt. */
function breakArticle(): void {
	writeFileSync(join(site, ARTICLE), original.replace(`\n${LINE}`, '\nparticpants:'));
}

/** The gate's line for the misspelt field, wherever the gate places it. */
const PROBLEM = new RegExp(`${ARTICLE.replaceAll('.', '\\.')}:\\d+: particpants: `, 'g');

const astro = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'astro');
const env = astroEnv();

describe('astro build with a content problem', () => {
	it('prints the gate line and the summary, then stops, with no stack trace', () => {
		breakArticle();
		const result = spawnSync(astro, ['build'], { cwd: site, env, encoding: 'utf8' });
		writeFileSync(join(site, ARTICLE), original);
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status).toBe(1);
		expect(output).toMatch(PROBLEM);
		expect(output).toMatch(/: 1 problem — fix them, then run npm run check:content/);
		expect(output).not.toMatch(/stack trace|unhandled error|at .*\.ts:\d+:\d+|\*\*\*\*/i);
		// One mistake, printed once.
		expect(output.match(PROBLEM)).toHaveLength(1);
	}, 120_000);
});

describe('astro dev with a content problem', () => {
	it('shows every page as the list of problems until the file is fixed', async () => {
		const port = 43_000 + Math.floor(Math.random() * 1000);
		const server = spawn(
			astro,
			['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
			{
				cwd: site,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let log = '';
		server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
		server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const page = async () => {
			const response = await fetch(`http://127.0.0.1:${port}/articles/how-we-got-here/`, {
				headers: { accept: 'text/html' },
				signal: AbortSignal.timeout(30_000),
			});
			return { status: response.status, html: await response.text() };
		};
		/** Polls until `test` holds for the page, for at most `seconds`. */
		const until = async (test: (html: string, status: number) => boolean, seconds: number) => {
			let last = '';
			for (let tries = 0; tries < seconds * 4; tries += 1) {
				try {
					const { status, html } = await page();
					if (test(html, status)) return { status, html };
					last = `${status}: ${html.slice(0, 200)}`;
				} catch (error) {
					// Not listening yet, or still starting.
					last = String(error);
				}
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
			throw new Error(`the page never changed as expected (last: ${last}); server said:\n${log}`);
		};
		try {
			await until((html, status) => status === 200 && html.includes('How we got here'), 150);
			breakArticle();
			const broken = await until((_html, status) => status === 500, 30);
			expect(broken.html).toContain('<h1>The content has problems</h1>');
			expect(broken.html).toMatch(new RegExp(`<li>${PROBLEM.source}`));
			writeFileSync(join(site, ARTICLE), original);
			const fixed = await until(
				(html, status) => status === 200 && html.includes('How we got here'),
				30,
			);
			expect(fixed.html).not.toContain('The content has problems');
			// The terminal showed the problem once, and no second message from Astro's own schema check.
			expect(log.match(PROBLEM)).toHaveLength(1);
			expect(log).not.toContain('Unrecognized key');
		} finally {
			server.kill();
		}
	}, 300_000);
});
