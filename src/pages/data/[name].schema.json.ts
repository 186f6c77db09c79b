// /data/<name>.schema.json: the JSON Schema of /data/<name>.json, generated from its zod row schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, getDataset, toDatasetJsonSchema } from '../../lib/export/datasets.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = (() =>
	DATASETS.map(({ name }) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(
		`${JSON.stringify(toDatasetJsonSchema(getDataset(params.name ?? ''), SITE.url), null, '\t')}\n`,
		{
			headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
		},
	);
