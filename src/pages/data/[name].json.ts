// /data/<name>.json: one download as a JSON array of rows (see src/lib/export/datasets.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../data.ts';
import { DATASETS, getDataset, toDatasetJson } from '../../lib/export/datasets.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = (() =>
	DATASETS.map(({ name }) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(toDatasetJson(getDataset(params.name ?? ''), await getContent(), SITE.url), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
