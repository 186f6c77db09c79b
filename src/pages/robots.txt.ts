// /robots.txt: allow everything and point crawlers at the sitemap. An endpoint rather than a file in
// public/ so the sitemap's absolute URL comes from SITE.url and moves with the site.
import type { APIRoute } from 'astro';
import { toRobotsTxt } from '../lib/robots.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = () =>
	new Response(toRobotsTxt(SITE.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
