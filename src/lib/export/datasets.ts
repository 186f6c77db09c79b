/**
 * The downloads under /data/: one entry per file, with its row schema and the function that builds
 * its rows from the collections. The endpoints, the /data/ page, the README and the tests all read
 * this list, so a file cannot be added in one place and forgotten in another.
 */
import { z } from 'astro/zod';
import type { Article } from '../schema/article.ts';
import type { Claim } from '../schema/claim.ts';
import type { Event } from '../schema/event.ts';
import type { Participant } from '../schema/participant.ts';
import type { Source } from '../schema/source.ts';
import { toAbsoluteUrl, urls } from '../urls.ts';
import {
	getColumns,
	LIST_SEPARATOR,
	toCsv,
	type Column,
	type RowSchema,
	type RowValue,
} from './columns.ts';
import {
	articleRow,
	attendanceRow,
	claimRow,
	claimVersionRow,
	eventRow,
	membershipRow,
	participantRow,
	roleRow,
	sourceRow,
} from './row-schemas.ts';
import {
	toArticleRows,
	toAttendanceRows,
	toClaimRows,
	toClaimVersionRows,
	toEventRows,
	toMembershipRows,
	toParticipantRows,
	toRoleRows,
	toSourceRows,
	type Item,
} from './rows.ts';

/** The collections a download is built from, as src/data.ts returns them. */
export interface ExportContent {
	articles: ReadonlyArray<Item<Article> & { citedSources: readonly string[] }>;
	events: ReadonlyArray<Item<Event>>;
	participants: ReadonlyArray<Item<Participant>>;
	sources: ReadonlyArray<Item<Source>>;
	claims: ReadonlyArray<Item<Claim>>;
}

export interface Dataset {
	/** The file name without extension: `/data/<name>.json`, `.csv` and `.schema.json`. */
	name: string;
	title: string;
	/** One sentence: what one row is. */
	description: string;
	schema: RowSchema;
	/** The rows, in the file's order. */
	toRows: (content: ExportContent, site: string) => Array<Record<string, RowValue>>;
}

/** Every download, in the order the /data/ page lists them. */
export const DATASETS: readonly Dataset[] = [
	{
		name: 'events',
		title: 'Events',
		description:
			'One row per event of the timeline, with its date as precisely as the sources give it.',
		schema: eventRow,
		toRows: (content, site) => toEventRows(content.events, site),
	},
	{
		name: 'attendance',
		title: 'Attendance',
		description:
			'One row per version of each attendance record: who took part in which meeting and how, one row per account where sources disagree.',
		schema: attendanceRow,
		toRows: (content) => toAttendanceRows(content.events),
	},
	{
		name: 'participants',
		title: 'Participants',
		description: 'One row per country, organisation or person named in the story.',
		schema: participantRow,
		toRows: (content, site) => toParticipantRows(content.participants, site),
	},
	{
		name: 'roles',
		title: 'Roles',
		description: 'One row per role a person held at the time, as the sources give it.',
		schema: roleRow,
		toRows: (content) => toRoleRows(content.participants),
	},
	{
		name: 'memberships',
		title: 'Memberships',
		description:
			'One row per alliance membership (NATO, EU, Commonwealth) of a country that the sources state.',
		schema: membershipRow,
		toRows: (content) => toMembershipRows(content.participants),
	},
	{
		name: 'sources',
		title: 'Sources',
		description: 'One row per cited document, with its original and archived addresses.',
		schema: sourceRow,
		toRows: (content, site) => toSourceRows(content.sources, site),
	},
	{
		name: 'claims',
		title: 'Claims',
		description: 'One row per checkable statement, with its status and sources.',
		schema: claimRow,
		toRows: (content, site) => toClaimRows(content.claims, site),
	},
	{
		name: 'claim-versions',
		title: 'Claim versions',
		description: 'One row per version of each disputed claim, each with its own sources.',
		schema: claimVersionRow,
		toRows: (content) => toClaimVersionRows(content.claims),
	},
	{
		name: 'articles',
		title: 'Article index',
		description:
			'One row per article, newest first, with what it is about and the sources it cites.',
		schema: articleRow,
		toRows: (content, site) => toArticleRows(content.articles, site),
	},
];

/** The download called `name`; throws with the list of names when there is none. */
export function getDataset(name: string): Dataset {
	const dataset = DATASETS.find((candidate) => candidate.name === name);
	if (!dataset) {
		throw new Error(
			`no download called "${name}" — expected one of: ${DATASETS.map((d) => d.name).join(', ')}`,
		);
	}
	return dataset;
}

/** A dataset's rows, built once per build and shared by its files and the /data/ page. */
export type DatasetRows = ReadonlyArray<Record<string, RowValue>>;

/** The JSON file: the rows as an array, indented for people who open it in an editor. */
export function toDatasetJson(rows: DatasetRows): string {
	return `${JSON.stringify(rows, null, '\t')}\n`;
}

/** The CSV file. */
export function toDatasetCsv(dataset: Dataset, rows: DatasetRows): string {
	return toCsv(dataset.schema, rows);
}

/**
 * The JSON Schema (draft 2020-12) of the JSON file, generated from the row schema with zod's
 * `z.toJSONSchema`; `$id` is the schema's own address on the site.
 */
export function toDatasetJsonSchema(dataset: Dataset, site: string): Record<string, unknown> {
	const generated = z.toJSONSchema(z.array(dataset.schema), { target: 'draft-2020-12' });
	return {
		$schema: generated.$schema,
		$id: toAbsoluteUrl(urls.dataFile(dataset.name, 'schema.json'), site),
		title: `${dataset.title} (${urls.dataFile(dataset.name, 'json')})`,
		description: dataset.description,
		...generated,
	};
}

/** The licence of the downloads: the facts and our wording, with attribution. */
export const DATA_LICENCE = {
	name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** What the /data/ page shows of one download. */
export interface DownloadDescription {
	name: string;
	title: string;
	description: string;
	/** How many rows the files hold in this build. */
	rows: number;
	files: { json: string; csv: string; schema: string };
	columns: Column[];
}

/**
 * Every download with its files, row count and columns, for the /data/ page.
 * @param rowsOf the rows of a dataset, as its files hold them
 */
export function describeDownloads(
	rowsOf: (dataset: Dataset) => DatasetRows,
): DownloadDescription[] {
	return DATASETS.map((dataset) => ({
		name: dataset.name,
		title: dataset.title,
		description: dataset.description,
		rows: rowsOf(dataset).length,
		files: {
			json: urls.dataFile(dataset.name, 'json'),
			csv: urls.dataFile(dataset.name, 'csv'),
			schema: urls.dataFile(dataset.name, 'schema.json'),
		},
		columns: getColumns(dataset.schema),
	}));
}

/** A column's type as the /data/ page words it, e.g. "list of ids", "one of: day, month", "text or empty". */
export function describeColumnType(column: Column): string {
	const base =
		column.values !== undefined
			? `one of: ${column.values.join(', ')}`
			: {
					text: 'text',
					integer: 'whole number',
					boolean: 'true or false',
					list: `list of ids (CSV: separated by “${LIST_SEPARATOR}”)`,
				}[column.kind];
	return column.nullable ? `${base}, or empty (JSON: null)` : base;
}

/**
 * How to cite a download, e.g. `Paris Talks Tracker. "Events" [data set]. https://…/data/events.csv.
 * Licence: CC BY 4.0. Accessed YYYY-MM-DD.` — the reader fills in the day they downloaded it.
 */
export function formatDataCitation(title: string, fileUrl: string, siteTitle: string): string {
	return `${siteTitle}. “${title}” [data set]. ${fileUrl}. Licence: CC BY 4.0. Accessed YYYY-MM-DD.`;
}
