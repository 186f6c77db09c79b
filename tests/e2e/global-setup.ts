/**
 * Builds the site once for every built-site test. `npm test` has just built it and sets
 * REUSE_DIST=1 so it is not built twice; run alone, this builds it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
	if (process.env['REUSE_DIST'] === '1' && existsSync('dist/index.html')) return;
	const result = spawnSync('astro', ['build'], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error('astro build failed; see the output above');
}
