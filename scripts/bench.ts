/**
 * `npm run bench`: prints how fast the content gate and the build are, and how heavy the pages
 * are. Figures only — time budgets are never asserted in tests (wall-clock time is noisy on a
 * shared 2-core machine); byte budgets are, in tests/e2e/budget.test.ts.
 *
 *   --runs N     gate runs to take the median of (default 10)
 *   --no-build   measure the existing dist/ instead of building
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/gate/gate.ts';
import { readContentTree } from '../src/node/read-tree.ts';
import { formatSummary } from '../src/lib/gate/summary.ts';
import { weighPage } from './page-weight.ts';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '10' },
		'no-build': { type: 'boolean', default: false },
	},
});
const runs = Math.max(1, Number(values.runs));

const median = (numbers: number[]) =>
	[...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (label: string, value: string) => {
	console.log(`${label.padEnd(42)} ${value}`);
};

// Gate: in-process (what `astro build` pays) and as a command (what a contributor waits for).
const readTimes: number[] = [];
const checkTimes: number[] = [];
let summary = '';
for (let run = 0; run < runs; run += 1) {
	const start = performance.now();
	const files = readContentTree('.');
	const read = performance.now();
	const result = checkContent(files, { today: new Date() });
	readTimes.push(read - start);
	checkTimes.push(performance.now() - read);
	summary = formatSummary(result);
}
const cliTimes: number[] = [];
for (let run = 0; run < Math.min(runs, 5); run += 1) {
	const start = performance.now();
	spawnSync(process.execPath, ['scripts/check-content.ts'], { stdio: 'ignore' });
	cliTimes.push(performance.now() - start);
}

console.log(`Content: ${summary}\n`);
row('gate: read content/ (median)', `${median(readTimes).toFixed(1)} ms`);
row('gate: check everything (median)', `${median(checkTimes).toFixed(1)} ms`);
row('npm run check:content, whole command (median)', `${median(cliTimes).toFixed(0)} ms`);

if (!values['no-build']) {
	const start = performance.now();
	const build = spawnSync('astro', ['build'], {
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) throw new Error('astro build failed; run npm run build to see why');
	row('astro build, whole command', `${((performance.now() - start) / 1000).toFixed(1)} s`);
}

// Sizes of what readers download.
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
	);
const files = walk('dist');
const pages = files.filter((file) => file.endsWith('.html'));
const size = (file: string) => statSync(file).size;

console.log('');
row('pages built', String(pages.length));
row('dist/ total', kib(files.reduce((sum, file) => sum + size(file), 0)));
for (const page of pages.filter((file) => /^dist\/articles\/[^/]+\/index\.html$/.test(file))) {
	const weight = weighPage('dist', page.replace(/^dist\//, ''));
	row(
		`${page.replace('dist/', '/').replace('index.html', '')} HTML+CSS`,
		`${kib(weight.html.raw + weight.css.raw)} (${kib(weight.html.gzip + weight.css.gzip)} gzip)`,
	);
}
const weights = pages.map((page) => ({
	page,
	weight: weighPage('dist', page.replace(/^dist\//, '')),
}));
const heaviest = weights.sort((a, b) => b.weight.html.gzip - a.weight.html.gzip)[0];
if (heaviest) {
	row(
		`heaviest page: ${heaviest.page.replace('dist/', '/').replace('index.html', '')}`,
		`${kib(heaviest.weight.html.raw)} HTML (${kib(heaviest.weight.html.gzip)} gzip)`,
	);
}
row(
	'pages that load a script file',
	weights
		.filter(({ weight }) => weight.scripts.length > 0)
		.map(({ page }) => page.replace('dist/', '/').replace('index.html', ''))
		.join(', ') || 'none',
);
row(
	'search index (dist/pagefind/)',
	kib(
		files.filter((file) => file.includes('/pagefind/')).reduce((sum, file) => sum + size(file), 0),
	),
);
