/**
 * The downloads in dist/data/: each JSON file valid against its published JSON Schema, each CSV
 * file giving back the JSON records, both equal to what the content says; no date in them more
 * precise than the content file gives it; then the /data/ page, robots.txt and the sitemap.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fromCsvRecord, getColumns } from '../../src/lib/export/columns.ts';
import { DATASETS } from '../../src/lib/export/datasets.ts';
import { urls } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.ts';
import { getContent, ROOT } from '../helpers/content.ts';
import {
	attr,
	DIST,
	existsInDist,
	listPages,
	readDistText,
	readPage,
	select,
} from '../helpers/dist.ts';

const content = getContent();
const readJson = (path: string): unknown => JSON.parse(readDistText(path));

describe.each(DATASETS.map((dataset) => [dataset.name, dataset] as const))(
	'/data/%s',
	(name, dataset) => {
		const rows = readJson(urls.dataFile(name, 'json')) as Array<Record<string, unknown>>;

		it('has a JSON file that validates against its JSON Schema from dist/', () => {
			const schema = readJson(urls.dataFile(name, 'schema.json')) as Record<string, unknown>;
			expect(schema['$id']).toBe(`${SITE.url}${urls.dataFile(name, 'schema.json')}`);
			const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
			validate(rows);
			expect(validate.errors ?? []).toEqual([]);
		});

		it('holds exactly what the content files say (same rows as the checked content gives)', () => {
			expect(rows).toEqual(dataset.toRows(content, SITE.url));
		});

		it('has a CSV file that gives back the same records', () => {
			const bytes = readFileSync(join(DIST, 'data', `${name}.csv`));
			const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			expect(text.charCodeAt(0)).not.toBe(0xfeff);
			const columns = getColumns(dataset.schema);
			expect(text.slice(0, text.indexOf('\r\n'))).toBe(
				columns.map((column) => column.name).join(','),
			);
			expect(text.endsWith('\r\n')).toBe(true);
			const records: Array<Record<string, string>> = parse(text, {
				columns: true,
				record_delimiter: '\r\n',
			});
			expect(records.map((record) => fromCsvRecord(record, columns))).toEqual(rows);
		});

		it('links only to pages that exist in dist/', () => {
			// A source's `url` is the document's own address; its `page` is its place on this site.
			const column = name === 'sources' ? 'page' : 'url';
			const links = rows.flatMap((row) => (typeof row[column] === 'string' ? [row[column]] : []));
			for (const link of links) {
				expect(link.startsWith(`${SITE.url}/`), link).toBe(true);
				expect(existsInDist(new URL(link).pathname), link).toBe(true);
			}
		});
	},
);

/**
 * Dates in the downloads, checked against the content files read as plain YAML, not through the
 * schemas or the export code: a value shaped like a date must be one the file gives. A whole day
 * counts only where the file gives it as known (not the estimated day of an `approximate` date);
 * a month or a year must begin a date the file writes. An event's `date` must also be exactly as
 * precise as its `when`: as written for month, before and after, the month for approximate.
 */
describe('dates in the downloads', () => {
	const DATE_LIKE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
	const DAY = /^\d{4}-\d{2}-\d{2}$/;
	const FOLDERS: Record<string, string> = {
		events: 'events',
		attendance: 'events',
		participants: 'participants',
		roles: 'participants',
		memberships: 'participants',
		sources: 'sources',
		claims: 'claims',
		'claim-versions': 'claims',
		articles: 'articles',
	};
	const KEYS = ['id', 'event', 'participant', 'claim'];

	interface FileDates {
		/** Days the file gives as known. */
		days: Set<string>;
		/** Every date text it writes, known or not (an approximate day, a month, a bound). */
		written: string[];
		/** The `when` block of an event, as written. */
		when?: { precision: string; date: string };
	}

	const cache = new Map<string, FileDates>();
	const readFileDates = (folder: string, id: string): FileDates => {
		const cached = cache.get(`${folder}/${id}`);
		if (cached) return cached;
		const base = join(ROOT, 'content', folder, id);
		const path = existsSync(`${base}.yaml`) ? `${base}.yaml` : `${base}.md`;
		const text = readFileSync(path, 'utf8');
		const yaml = path.endsWith('.md') ? (text.split(/^---$/m)[1] ?? '') : text;
		const dates: FileDates = { days: new Set(), written: [] };
		const visit = (value: unknown, key: string, vague: boolean) => {
			if (typeof value === 'string' || typeof value === 'number') {
				const date = String(value);
				if (!DATE_LIKE.test(date) || (typeof value === 'number' && key !== 'date')) return;
				dates.written.push(date);
				if (!vague && DAY.test(date)) dates.days.add(date);
			} else if (Array.isArray(value)) {
				for (const item of value) visit(item, key, vague);
			} else if (value && typeof value === 'object') {
				const record = value as Record<string, unknown>;
				if (key === 'when') {
					dates.when = { precision: String(record['precision']), date: String(record['date']) };
				}
				const isEstimate = key === 'when' && record['precision'] === 'approximate';
				for (const [name, item] of Object.entries(record)) visit(item, name, vague || isEstimate);
			}
		};
		visit(parseYaml(yaml), '', false);
		cache.set(`${folder}/${id}`, dates);
		return dates;
	};

	const expectedEventDate = (when: NonNullable<FileDates['when']>) =>
		when.precision === 'approximate' ? when.date.slice(0, 7) : when.date;

	describe.each(DATASETS.map((dataset) => [dataset.name, dataset] as const))(
		'/data/%s',
		(name, dataset) => {
			const json = readJson(urls.dataFile(name, 'json')) as Array<Record<string, unknown>>;
			const columns = getColumns(dataset.schema);
			const csv = (
				parse(readFileSync(join(DIST, 'data', `${name}.csv`), 'utf8'), {
					columns: true,
					record_delimiter: '\r\n',
				}) as Array<Record<string, string>>
			).map((record) => fromCsvRecord(record, columns));

			it.each([
				['JSON', json],
				['CSV', csv],
			] as const)(
				'shows in its %s file no day, month or year the content file lacks',
				(_, rows) => {
					const folder = FOLDERS[name];
					expect(folder, `no content folder known for /data/${name}`).toBeDefined();
					const failures: string[] = [];
					for (const row of rows) {
						const key = KEYS.find((column) => typeof row[column] === 'string');
						const id = String(row[key ?? 'id']);
						const file = readFileDates(folder ?? name, id);
						for (const [column, value] of Object.entries(row)) {
							if (typeof value !== 'string' || !DATE_LIKE.test(value)) continue;
							const known = DAY.test(value)
								? file.days.has(value)
								: file.written.some((date) => date.startsWith(value));
							if (!known) failures.push(`${id}: ${column} ${value} is not a date the file gives`);
						}
						if (name === 'events' && file.when) {
							if (row['precision'] !== file.when.precision)
								failures.push(
									`${id}: precision ${String(row['precision'])}, file ${file.when.precision}`,
								);
							const expected = expectedEventDate(file.when);
							if (row['date'] !== expected)
								failures.push(
									`${id}: date ${String(row['date'])}, expected ${expected} for ${file.when.precision} ${file.when.date}`,
								);
						}
					}
					expect(failures).toEqual([]);
				},
			);
		},
	);

	it('checked vague dates, not only known days', () => {
		const rows = readJson(urls.dataFile('events', 'json')) as Array<Record<string, unknown>>;
		const vague = rows.filter((row) => row['precision'] !== 'day').map((row) => row['precision']);
		expect(vague).toEqual(expect.arrayContaining(['month', 'approximate', 'after']));
	});
});

describe('row counts', () => {
	const count = (name: string) => (readJson(urls.dataFile(name, 'json')) as unknown[]).length;

	it('has one row per entry, per attendance version and per claim version', () => {
		expect(count('events')).toBe(content.events.length);
		expect(count('participants')).toBe(content.participants.length);
		expect(count('sources')).toBe(content.sources.length);
		expect(count('claims')).toBe(content.claims.length);
		expect(count('articles')).toBe(content.articles.length);
		expect(count('attendance')).toBe(
			content.events.reduce(
				(sum, event) =>
					sum + event.data.attendance.reduce((n, record) => n + record.versions.length, 0),
				0,
			),
		);
		expect(count('claim-versions')).toBe(
			content.claims.reduce((sum, claim) => sum + (claim.data.versions?.length ?? 0), 0),
		);
	});
});

describe('the /data/ page', () => {
	const page = readPage(urls.data());

	it('links to the JSON, CSV and JSON Schema of every download, and each exists', () => {
		const hrefs = select(page, 'main a[href^="/data/"]').map((link) => attr(link, 'href'));
		for (const dataset of DATASETS) {
			for (const format of ['json', 'csv', 'schema.json'] as const) {
				const href = urls.dataFile(dataset.name, format);
				expect(hrefs).toContain(href);
				expect(existsInDist(href), href).toBe(true);
			}
		}
	});

	it('documents every field of every download, the licence and how to cite', () => {
		for (const dataset of DATASETS) {
			const section = select(page, `section[aria-labelledby="${dataset.name}"]`)[0];
			expect(section, dataset.name).toBeDefined();
			if (!section) continue;
			const fields = select(section, 'tbody th code').map(
				(code) => (code.children[0] as { value: string }).value,
			);
			expect(fields).toEqual(getColumns(dataset.schema).map((column) => column.name));
		}
		expect(select(page, '#licence').length).toBe(1);
		expect(
			select(page, 'a[href="https://creativecommons.org/licenses/by/4.0/"]').length,
		).toBeGreaterThan(0);
		expect(select(page, '#cite').length).toBe(1);
	});
});

describe('robots.txt and the sitemap', () => {
	it('points robots.txt at the sitemap index by its absolute URL', () => {
		expect(readDistText('/robots.txt')).toContain(`Sitemap: ${SITE.url}/sitemap-index.xml\n`);
		expect(existsInDist(urls.sitemap())).toBe(true);
	});

	it('lists every page of the site in the sitemap', () => {
		const index = readDistText(urls.sitemap());
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(match) => new URL(match[1] ?? '').pathname,
		);
		expect(sitemaps.length).toBeGreaterThan(0);
		const listed = sitemaps.flatMap((path) =>
			[...readDistText(path).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
				(match) => new URL(match[1] ?? '').pathname,
			),
		);
		const pages = listPages()
			.filter((file) => file.endsWith('index.html'))
			.map((file) => `/${file.replace(/index\.html$/, '')}`);
		expect([...listed].sort()).toEqual([...pages].sort());
	});
});
