/**
 * The content loader against a stand-in for Astro's data store: what it stores for each
 * collection, that it renders an article only when its inputs change, and that it forgets
 * entries whose file is gone. The fixture tree is tests/fixtures/base.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentLoader } from '../../../src/node/content-loader.ts';
import { setGateRun } from '../../../src/node/gate-state.ts';
import { runGate } from '../../../src/node/run-gate.ts';

const BASE = join(import.meta.dirname, '..', '..', 'fixtures', 'base');
const OPTIONS = { timeZone: 'Europe/Paris', launched: '2026-11-26', today: '2026-12-02' };

interface Stored {
	id: string;
	data: Record<string, unknown>;
	digest?: string | number;
	rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** A Map with the parts of Astro's DataStore the loader uses; counts the writes. */
function createStore() {
	const entries = new Map<string, Stored>();
	const writes: string[] = [];
	return {
		writes,
		entries,
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: Stored) => {
				writes.push(entry.id);
				entries.set(entry.id, entry);
				return true;
			},
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
			has: (id: string) => entries.has(id),
		},
	};
}

function contextFor(root: string, store: ReturnType<typeof createStore>['store']) {
	return {
		collection: 'test',
		store,
		config: { root: pathToFileURL(`${root}/`) },
		generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
	} as unknown as LoaderContext;
}

let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'loader-'));
	cpSync(BASE, root, { recursive: true });
});

afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

/** Runs the gate as the integration does, then one collection's loader. */
async function load(
	collection: Parameters<typeof contentLoader>[0],
	target: ReturnType<typeof createStore>,
) {
	setGateRun(`${root}/`, runGate(`${root}/`, OPTIONS));
	await contentLoader(collection, OPTIONS).load(contextFor(root, target.store));
}

describe('the content loader', () => {
	it('stores each source as the gate validated it, dates as Dates', async () => {
		const target = createStore();
		await load('sources', target);
		const ids = [...target.entries.keys()].sort();
		expect(ids.length).toBeGreaterThan(0);
		const first = target.entries.get(ids[0] ?? '');
		expect(first?.data['accessed']).toBeInstanceOf(Date);
		expect(first?.rendered).toBeUndefined();
	});

	it('stores each article with its HTML and the sources its body cites', async () => {
		const target = createStore();
		await load('articles', target);
		const [id] = [...target.entries.keys()];
		const article = target.entries.get(id ?? '');
		const file = readFileSync(join(root, 'content', 'articles', `${id ?? ''}.md`), 'utf8');
		const cited = [...new Set([...file.matchAll(/\[\^([a-z0-9-]+)\]/g)].map((m) => m[1]))];
		expect(article?.rendered?.metadata?.['citedSources']).toEqual(cited);
		expect(article?.rendered?.html).toContain('class="footnotes"');
		expect(article?.rendered?.html).not.toContain('[^');
	});

	it('renders again only the article whose file changed, and forgets a deleted one', async () => {
		const articles = join(root, 'content', 'articles');
		cpSync(join(articles, 'meeting-report.md'), join(articles, 'second-report.md'));
		const target = createStore();
		await load('articles', target);
		const ids = [...target.entries.keys()];
		expect(ids.length).toBeGreaterThan(0);
		target.writes.length = 0;
		await load('articles', target);
		expect(target.writes).toEqual([]);

		expect(ids.sort()).toEqual(['meeting-report', 'second-report']);
		const changed = 'second-report';
		const path = join(root, 'content', 'articles', `${changed}.md`);
		writeFileSync(path, `${readFileSync(path, 'utf8')}\nOne more line.\n`);
		await load('articles', target);
		expect(target.writes).toEqual([changed]);
		expect(target.entries.get(changed)?.rendered?.html).toContain('One more line.');

		rmSync(path);
		await load('articles', target);
		expect(target.entries.has(changed)).toBe(false);
	});

	it('renders an article again when a source it cites changes', async () => {
		const target = createStore();
		await load('articles', target);
		target.writes.length = 0;
		const article = [...target.entries.values()][0];
		const [sourceId = ''] = (article?.rendered?.metadata?.['citedSources'] as string[]) ?? [];
		const path = join(root, 'content', 'sources', `${sourceId}.yaml`);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: A new title'));
		await load('articles', target);
		expect(target.writes).toEqual([article?.id]);
		expect(target.entries.get(article?.id ?? '')?.rendered?.html).toContain('A new title');
	});

	it('stores the valid entries when it starts while the content has errors', async () => {
		const events = join(root, 'content', 'events');
		const valid = readdirSync(events).length;
		writeFileSync(join(events, 'broken.yaml'), 'title: [\n');
		const target = createStore();
		await load('events', target);
		expect(target.entries.size).toBe(valid);
		expect(target.entries.has('broken')).toBe(false);
	});

	it('keeps what it stored while the content has errors the integration reported', async () => {
		const target = createStore();
		await load('events', target);
		const before = target.entries.size;
		writeFileSync(join(root, 'content', 'events', 'broken.yaml'), 'title: [\n');
		await load('events', target);
		expect(target.entries.size).toBe(before);
	});
});
