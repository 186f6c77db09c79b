// /data/<name>.json: one download as a JSON array of rows (see src/lib/export/datasets.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { DATASETS, getDataset, toDatasetJson } from '../../lib/export/datasets.ts';

export const getStaticPaths = (() =>
	DATASETS.map(({ name }) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const dataset = getDataset(params.name ?? '');
	return new Response(toDatasetJson((await getSiteData()).rowsOf(dataset)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
