/**
 * Invariants of the downloads in dist/data/: each JSON file valid against its published JSON
 * Schema, each CSV file giving back the JSON records, one row per entry of the content files (read
 * directly); then the /data/ page, robots.txt and the sitemap. The rows themselves, field by field,
 * are tested on the fixture site (tests/site/data.test.ts).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import {
	attr,
	DIST,
	existsInDist,
	listPages,
	readDistText,
	readPage,
	select,
} from '../helpers/dist.ts';
import { list, readArticles, readEntries } from '../helpers/raw-content.ts';

/** The downloads the README promises, by name. */
const NAMES = [
	'events',
	'attendance',
	'participants',
	'roles',
	'memberships',
	'sources',
	'claims',
	'claim-versions',
	'articles',
];
const readJson = (path: string): unknown => JSON.parse(readDistText(path));
const rowsOf = (name: string) => readJson(`/data/${name}.json`) as Array<Record<string, unknown>>;

/** A JSON value as the README says CSV writes it: null → empty, lists joined with `;`. */
function toCsvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.join(';');
	return String(value);
}

describe('every download', () => {
	it('has a JSON file valid against its JSON Schema from dist/', () => {
		const problems = NAMES.flatMap((name) => {
			const schema = readJson(`/data/${name}.schema.json`) as Record<string, unknown>;
			const found: string[] = [];
			if (schema['$id'] !== `${SITE.url}/data/${name}.schema.json`)
				found.push(`$id ${String(schema['$id'])}`);
			const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
			validate(rowsOf(name));
			for (const error of validate.errors ?? [])
				found.push(`${error.instancePath} ${error.message}`);
			return found.map((problem) => `${name}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('has a CSV file (UTF-8, no byte-order mark, CRLF) holding the same records as the JSON', () => {
		const problems = NAMES.flatMap((name) => {
			const bytes = readFileSync(join(DIST, 'data', `${name}.csv`));
			const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			const found: string[] = [];
			if (text.charCodeAt(0) === 0xfeff) found.push('byte-order mark');
			if (!text.endsWith('\r\n')) found.push('no CRLF at the end');
			const rows = rowsOf(name);
			const header = Object.keys(rows[0] ?? {});
			const records: string[][] = parse(text, { record_delimiter: '\r\n' });
			if (JSON.stringify(records[0]) !== JSON.stringify(header))
				found.push(`header ${records[0]?.join(',')}`);
			const expected = rows.map((row) => header.map((key) => toCsvField(row[key])));
			if (JSON.stringify(records.slice(1)) !== JSON.stringify(expected))
				found.push('rows differ from the JSON');
			return found.map((problem) => `${name}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	it('links only to pages that exist in dist/', () => {
		const broken = NAMES.flatMap((name) => {
			// A source's `url` is the document's own address; its `page` is its place on this site.
			const column = name === 'sources' ? 'page' : 'url';
			return rowsOf(name)
				.flatMap((row) => (typeof row[column] === 'string' ? [row[column]] : []))
				.filter((link) => !link.startsWith(`${SITE.url}/`) || !existsInDist(new URL(link).pathname))
				.map((link) => `${name}: ${link}`);
		});
		expect(broken).toEqual([]);
	});

	it('has one row per entry, per attendance version and per claim version of the content files', () => {
		const events = readEntries('events');
		const claims = readEntries('claims');
		const participants = readEntries('participants');
		const count = (entries: typeof events, field: string) =>
			entries.reduce((sum, entry) => sum + list(entry, field).length, 0);
		expect(Object.fromEntries(NAMES.map((name) => [name, rowsOf(name).length]))).toEqual({
			events: events.length,
			attendance: events.reduce(
				(sum, event) =>
					sum +
					list<{ versions: unknown[] }>(event, 'attendance').reduce(
						(n, r) => n + r.versions.length,
						0,
					),
				0,
			),
			participants: participants.length,
			roles: count(participants, 'roles'),
			memberships: count(participants, 'memberships'),
			sources: readEntries('sources').length,
			claims: claims.length,
			'claim-versions': count(claims, 'versions'),
			articles: readArticles().length,
		});
	});
});

describe('the /data/ page', () => {
	const page = readPage('/data/');

	it('links to the JSON, CSV and JSON Schema of every download', () => {
		const hrefs = select(page, 'main a[href^="/data/"]').map((link) => attr(link, 'href'));
		const missing = NAMES.flatMap((name) =>
			['json', 'csv', 'schema.json'].map((format) => `/data/${name}.${format}`),
		).filter((href) => !hrefs.includes(href));
		expect(missing).toEqual([]);
	});

	it('documents every field of every download, in the order of the files, the licence and how to cite', () => {
		const wrong = NAMES.flatMap((name) => {
			const section = select(page, `section[aria-labelledby="${name}"]`)[0];
			const documented = section
				? select(section, 'tbody th code').map((code) => toString(code))
				: [];
			const fields = Object.keys(rowsOf(name)[0] ?? {});
			return JSON.stringify(documented) === JSON.stringify(fields)
				? []
				: [`${name}: ${documented.join(',')}`];
		});
		expect(wrong).toEqual([]);
		expect(select(page, '#licence')).toHaveLength(1);
		expect(
			select(page, 'a[href="https://creativecommons.org/licenses/by/4.0/"]').length,
		).toBeGreaterThan(0);
		expect(select(page, '#cite')).toHaveLength(1);
	});
});

describe('robots.txt and the sitemap', () => {
	it('points robots.txt at the sitemap index by its absolute URL', () => {
		expect(readDistText('/robots.txt')).toContain(`Sitemap: ${SITE.url}/sitemap-index.xml\n`);
		expect(existsInDist('/sitemap-index.xml')).toBe(true);
	});

	it('lists every page of the site in the sitemap', () => {
		const index = readDistText('/sitemap-index.xml');
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
