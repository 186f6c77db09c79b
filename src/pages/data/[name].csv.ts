// /data/<name>.csv: the same rows as /data/<name>.json, as RFC 4180 CSV in UTF-8.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { DATASETS, getDataset, toDatasetCsv } from '../../lib/export/datasets.ts';

export const getStaticPaths = (() =>
	DATASETS.map(({ name }) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const dataset = getDataset(params.name ?? '');
	return new Response(toDatasetCsv(dataset, (await getSiteData()).rowsOf(dataset)), {
		// `header=present` is the RFC 4180 parameter saying the first record names the columns.
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
