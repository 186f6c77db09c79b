/** One Node version everywhere: .nvmrc, `engines`, the pinned `node` package and `npm run setup`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	engines: { node: string };
	scripts: Record<string, string>;
	devDependencies: Record<string, string>;
};
const major = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();

describe('the Node version', () => {
	it('is the same major in .nvmrc, engines, the node package and the setup script', () => {
		expect(pkg.engines.node).toBe(`>=${major} <${Number(major) + 1}`);
		expect(pkg.devDependencies['node']).toMatch(new RegExp(`^\\^${major}\\.`));
		// Installing under that Node is what keeps npm from warning about engines (EBADENGINE).
		expect(pkg.scripts['setup']).toContain(`--package=node@${major} -- npm ci`);
	});

	it('is the one the README and CONTRIBUTING.md tell contributors to install with', () => {
		for (const guide of ['README.md', 'CONTRIBUTING.md'])
			expect(readFileSync(join(ROOT, guide), 'utf8')).toContain('npm run setup');
	});
});
