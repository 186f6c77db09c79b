/**
 * Dates in the downloads, against the content files read as plain YAML: no record in dist/data/
 * shows a day the sources do not give (issue 12).
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fromCsvRecord, getColumns } from '../../src/lib/export/columns.ts';
import { DATASETS } from '../../src/lib/export/datasets.ts';
import { urls } from '../../src/lib/urls.ts';
import { DIST, readDistText } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (path: string): unknown => JSON.parse(readDistText(path));

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

	it('shows in no JSON or CSV file a day, month or year the content file lacks', () => {
		const failures: string[] = [];
		for (const dataset of DATASETS) {
			const { name } = dataset;
			const json = readJson(urls.dataFile(name, 'json')) as Array<Record<string, unknown>>;
			const columns = getColumns(dataset.schema);
			const csv = (
				parse(readFileSync(join(DIST, 'data', `${name}.csv`), 'utf8'), {
					columns: true,
					record_delimiter: '\r\n',
				}) as Array<Record<string, string>>
			).map((record) => fromCsvRecord(record, columns));

			for (const [format, rows] of [
				['json', json],
				['csv', csv],
			] as const) {
				const folder = FOLDERS[name];
				if (!folder) failures.push(`no content folder known for /data/${name}`);
				for (const row of rows) {
					const key = KEYS.find((column) => typeof row[column] === 'string');
					const id = String(row[key ?? 'id']);
					const file = readFileDates(folder ?? name, id);
					for (const [column, value] of Object.entries(row)) {
						if (typeof value !== 'string' || !DATE_LIKE.test(value)) continue;
						const known = DAY.test(value)
							? file.days.has(value)
							: file.written.some((date) => date.startsWith(value));
						if (!known)
							failures.push(
								`${name}.${format}: ${id}: ${column} ${value} is not a date the file gives`,
							);
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
			}
		}
		expect(failures).toEqual([]);
	});

	it('checked vague dates, not only known days', () => {
		const rows = readJson(urls.dataFile('events', 'json')) as Array<Record<string, unknown>>;
		const vague = rows.filter((row) => row['precision'] !== 'day').map((row) => row['precision']);
		expect(vague).toEqual(expect.arrayContaining(['month', 'approximate', 'after']));
	});
});
