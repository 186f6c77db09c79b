import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
	DATASETS,
	describeColumnType,
	describeDownloads,
	getDataset,
	toDatasetJson,
	toDatasetJsonSchema,
} from '../../../src/lib/export/datasets.ts';
import { getColumns } from '../../../src/lib/export/columns.ts';
import { getContent } from '../../helpers/content.ts';

const SITE = 'https://example.org';
const content = getContent();

describe('DATASETS', () => {
	it('has the downloads the issue asks for, plus roles and memberships', () => {
		expect(DATASETS.map((dataset) => dataset.name)).toEqual([
			'events',
			'attendance',
			'participants',
			'roles',
			'memberships',
			'sources',
			'claims',
			'claim-versions',
			'articles',
		]);
	});

	it('names the downloads there are when one is missing', () => {
		expect(() => getDataset('people')).toThrowErrorMatchingInlineSnapshot(
			`[Error: no download called "people" — expected one of: events, attendance, participants, roles, memberships, sources, claims, claim-versions, articles]`,
		);
	});

	it('describes every field of every download', () => {
		for (const dataset of DATASETS) {
			for (const column of getColumns(dataset.schema)) {
				expect(column.description, `${dataset.name}.${column.name}`).not.toBe('');
			}
		}
	});
});

describe.each(DATASETS.map((dataset) => [dataset.name, dataset] as const))(
	'%s from the real content',
	(_name, dataset) => {
		const rows = dataset.toRows(content, SITE);
		const schema = toDatasetJsonSchema(dataset, SITE);

		it('has rows that the zod row schema accepts', () => {
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) expect(dataset.schema.safeParse(row).error).toBeUndefined();
		});

		it('has a JSON file that its generated JSON Schema accepts', () => {
			const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
			const valid = validate(JSON.parse(toDatasetJson(rows)));
			expect(validate.errors ?? []).toEqual([]);
			expect(valid).toBe(true);
		});

		it('has a JSON Schema with its own address and no optional fields', () => {
			expect(schema['$id']).toBe(`https://example.org/data/${dataset.name}.schema.json`);
			expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
			const items = schema['items'] as {
				required: string[];
				properties: object;
				additionalProperties: boolean;
			};
			expect(items.required).toEqual(Object.keys(items.properties));
			expect(items.additionalProperties).toBe(false);
		});
	},
);

describe('JSON Schema', () => {
	it('rejects a row with a misspelt or missing field', () => {
		const dataset = getDataset('memberships');
		const validate = new Ajv2020().compile(toDatasetJsonSchema(dataset, SITE));
		expect(
			validate([{ participant: 'ireland', alliance: 'nato', member: false, sources: [] }]),
		).toBe(true);
		expect(
			validate([{ participant: 'ireland', alliance: 'nato', member: 'no', sources: [] }]),
		).toBe(false);
		expect(
			validate([{ participant: 'ireland', aliance: 'nato', member: false, sources: [] }]),
		).toBe(false);
	});
});

describe('the /data/ page model', () => {
	it('counts the rows and gives the three files of each download', () => {
		const events = describeDownloads((dataset) => dataset.toRows(content, SITE)).find(
			(download) => download.name === 'events',
		);
		expect(events?.rows).toBe(content.events.length);
		expect(events?.files).toEqual({
			json: '/data/events.json',
			csv: '/data/events.csv',
			schema: '/data/events.schema.json',
		});
	});

	it('words each column type', () => {
		const typeOf = (dataset: string, name: string) => {
			const column = getColumns(getDataset(dataset).schema).find(
				(candidate) => candidate.name === name,
			);
			if (!column) throw new Error(`no column ${dataset}.${name}`);
			return describeColumnType(column);
		};
		expect(typeOf('sources', 'publisher')).toBe('text');
		expect(typeOf('sources', 'via')).toBe('text, or empty (JSON: null)');
		expect(typeOf('sources', 'titleIsQuoted')).toBe('true or false');
		expect(typeOf('sources', 'type')).toBe('one of: official, wire, outlet, aggregator, mirror');
		expect(typeOf('attendance', 'version')).toBe('whole number');
		expect(typeOf('events', 'sources')).toBe('list of ids (CSV: separated by “;”)');
	});
});
