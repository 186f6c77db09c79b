/**
 * `npm run bench -- --articles N`: how the site's cost grows with its content, next to a bare Astro
 * site with the same articles (bench/baseline/). Writes N synthetic articles (bench/synthetic.ts)
 * into temporary copies of both sites, never into content/, then measures the content gate (in
 * process and as a command; project only), a cold build with no caches, a warm rebuild and a
 * rebuild after adding one article: wall seconds, ms per article and peak memory of the process
 * tree, with the ratio project ÷ baseline, plus dist/ size and page weights per page type.
 * Figures only — times are never asserted in tests; byte budgets are, in tests/e2e/budget.test.ts.
 *
 *   --articles N   how many synthetic articles (default 1000)
 *   --only SITE    measure only `project` or `baseline` (no ratios then)
 *   --runs N       runs of each gate measurement to take the median of (default 3)
 *   --seed N       seed of the synthetic articles (default 1)
 *   --keep         keep the temporary copies (their paths are printed)
 *   --no-json      do not write bench/results/<YYYY-MM-DD>-<N>.json
 */
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	clearBuildState,
	commitAll,
	copyBaseline,
	copyProject,
	writeArticles,
} from '../bench/copies.ts';
import { measureDist, weighPageTypes } from '../bench/dist-size.ts';
import { checkTree, LAUNCHED, readTree } from '../bench/gate.ts';
import { readRealContent } from '../bench/inputs.ts';
import { measure, type Measurement } from '../bench/measure.ts';
import {
	formatDistTable,
	formatPageTable,
	formatStepTable,
	STEPS,
	toRatio,
	type SiteFigures,
	type StepFigures,
	type StepName,
} from '../bench/report.ts';
import { generateArticles } from '../bench/synthetic.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		only: { type: 'string' },
		runs: { type: 'string', default: '3' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		'no-json': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
});
if (values.help) {
	// The options as the header comment of this file lists them.
	const header = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(import.meta.filename, 'utf8'))?.[1] ?? '';
	console.log(header.replace(/^\s*\* ?/gm, '').trim());
	process.exit(0);
}
const count = Number(values.articles);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1)
	fail(`--articles: "${values.articles}" is not a positive whole number`);
if (!Number.isInteger(runs) || runs < 1)
	fail(`--runs: "${values.runs}" is not a positive whole number`);
if (!Number.isInteger(seed)) fail(`--seed: "${values.seed}" is not a whole number`);
if (values.only !== undefined && values.only !== 'project' && values.only !== 'baseline') {
	fail(`--only: "${values.only}" is not a site — use project or baseline`);
}
const sites = values.only ? [values.only] : ['baseline', 'project'];

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

const repo = join(import.meta.dirname, '..');
const started = performance.now();
const progress = (message: string) => {
	console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
};

// Published days run from the launch to today (UTC, which is never ahead of the site's zone).
const today = new Date().toISOString().slice(0, 10);
const all = generateArticles({
	count: count + 1,
	seed,
	...readRealContent(repo),
	launched: LAUNCHED,
	today,
});
const initial = all.slice(0, count);
const added = all.slice(count);

const work = mkdtempSync(join(tmpdir(), 'paris-talks-bench-'));
const logs = join(work, 'logs');
mkdirSync(logs);
progress(`${count} synthetic articles (seed ${seed}), working in ${work}`);

// Other work on the machine slows every step; the load is recorded so a noisy run can be told apart.
const load = () => Number((loadavg()[0] ?? 0).toFixed(2));

const median = (numbers: number[]) =>
	[...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;

/** One step's figures from its runs: the median time and the highest peak. */
function figures(
	measurements: ReadonlyArray<Pick<Measurement, 'seconds' | 'peakTreeRss' | 'peakProcessRss'>>,
): StepFigures {
	const seconds = median(measurements.map((m) => m.seconds));
	return {
		seconds,
		msPerArticle: (seconds * 1000) / count,
		peakRss: Math.max(...measurements.map((m) => m.peakTreeRss)),
		peakProcessRss: Math.max(...measurements.map((m) => m.peakProcessRss)),
		...(measurements.length > 1 ? { runs: measurements.map((m) => m.seconds) } : {}),
	};
}

function report(site: string, step: StepName, result: StepFigures) {
	progress(
		`${site}: ${STEPS[step]}: ${result.seconds.toFixed(2)} s, ${result.msPerArticle.toFixed(2)} ms/article, ` +
			`peak ${(result.peakRss / 1024 / 1024).toFixed(0)} MiB`,
	);
}

function stop(message: string, log?: string): never {
	if (log) {
		const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
		console.error(tail);
	}
	console.error(`${message}\nThe temporary copies are kept in ${work}`);
	process.exit(1);
}

/** Runs a command in a copy with the copy's own Node 24 and packages. */
async function run(site: string, copy: string, label: string, args: string[]) {
	const logFile = join(logs, `${site}-${label}.log`);
	const bin = join(copy, 'node_modules', '.bin');
	const result = await measure(join(bin, 'node'), args, {
		cwd: copy,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			PATH: `${bin}:${process.env['PATH'] ?? ''}`,
		},
		logFile,
	});
	if (result.exitCode !== 0)
		stop(`${site}: ${label} failed (exit ${result.exitCode}); its output is above`, logFile);
	return result;
}

async function build(site: string, copy: string, step: StepName, figuresOf: SiteFigures) {
	const loadBefore = load();
	progress(`${site}: ${STEPS[step]} (load ${loadBefore})…`);
	const result = figures([
		await run(site, copy, step, [join(copy, 'node_modules', '.bin', 'astro'), 'build']),
	]);
	figuresOf.steps[step] = { ...result, loadBefore };
	report(site, step, result);
}

async function measureSite(site: string): Promise<SiteFigures> {
	const copy = join(work, site);
	const result: SiteFigures = { articles: count, steps: {} };
	progress(`${site}: copying to ${copy}`);
	if (site === 'project') {
		copyProject(repo, copy);
		writeArticles(copy, initial);
		// Articles on a real site are committed; article pages read their history from git.
		commitAll(copy, `bench: ${count} synthetic articles`);

		const gateLoad = load();
		progress(`${site}: ${STEPS.gateInProcess} (${runs} runs, load ${gateLoad})…`);
		const inProcess = [];
		for (let index = 0; index < runs; index += 1) {
			const start = performance.now();
			const outcome = checkTree(readTree(copy), today);
			const seconds = (performance.now() - start) / 1000;
			if (outcome.errors.length > 0)
				stop(`the gate refused the synthetic articles:\n${outcome.errors.slice(0, 20).join('\n')}`);
			if (index === 0) progress(`${site}: gate: ${outcome.summary}`);
			const rss = process.resourceUsage().maxRSS * 1024;
			inProcess.push({ seconds, peakTreeRss: rss, peakProcessRss: rss });
		}
		result.steps.gateInProcess = { ...figures(inProcess), loadBefore: gateLoad };
		report(site, 'gateInProcess', result.steps.gateInProcess);

		const commandLoad = load();
		progress(`${site}: ${STEPS.gateCommand} (${runs} runs, load ${commandLoad})…`);
		const command = [];
		for (let index = 0; index < runs; index += 1) {
			command.push(
				await run(site, copy, `gate-command-${index + 1}`, ['scripts/check-content.ts']),
			);
		}
		result.steps.gateCommand = { ...figures(command), loadBefore: commandLoad };
		report(site, 'gateCommand', result.steps.gateCommand);
	} else {
		copyBaseline(repo, copy);
		writeArticles(copy, initial);
	}

	clearBuildState(copy);
	await build(site, copy, 'coldBuild', result);
	progress(`${site}: weighing dist/…`);
	result.dist = measureDist(join(copy, 'dist'));
	result.pageTypes = weighPageTypes(join(copy, 'dist'));
	await build(site, copy, 'warmBuild', result);
	// Written, not committed: the change a contributor makes before building to look at it.
	writeArticles(copy, added);
	await build(site, copy, 'addOneBuild', result);
	return result;
}

const results: Record<string, SiteFigures> = {};
for (const site of sites) results[site] = await measureSite(site);
const { project, baseline } = results;

console.log(
	`\n${count} articles, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`,
);
console.log(formatStepTable(project, baseline).join('\n'));
console.log('');
console.log(formatDistTable(project, baseline).join('\n'));
console.log('');
console.log(formatPageTable(project, baseline).join('\n'));
const loads = Object.values(results).flatMap((site) =>
	Object.values(site.steps).map((step) => step.loadBefore ?? 0),
);
console.log(
	`\nMachine load (1-minute average) at the start of each step: ${Math.min(...loads)}–${Math.max(...loads)}` +
		(Math.max(...loads) > cpus().length
			? ` — above the ${cpus().length} cores, so other work slowed some steps; compare ratios from quieter runs`
			: ''),
);
console.log(
	"\nPeak MiB: resident memory of the whole process tree (for the in-process gate, the bench's own).",
);

const git = (args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const ratios = Object.fromEntries(
	(Object.keys(STEPS) as StepName[]).map((step) => {
		const p = project?.steps[step];
		const b = baseline?.steps[step];
		return [
			step,
			{
				seconds: toRatio(p?.seconds, b?.seconds),
				msPerArticle: toRatio(p?.msPerArticle, b?.msPerArticle),
				peakRss: toRatio(p?.peakRss, b?.peakRss),
			},
		];
	}),
);
const output = {
	date: today,
	articles: count,
	seed,
	gateRuns: runs,
	machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, memoryBytes: totalmem() },
	node: process.version,
	astro: (
		JSON.parse(readFileSync(join(repo, 'node_modules', 'astro', 'package.json'), 'utf8')) as {
			version: string;
		}
	).version,
	commit: git(['rev-parse', 'HEAD']),
	uncommittedChanges: git(['status', '--porcelain']) !== '',
	project: project ?? null,
	baseline: baseline ?? null,
	ratios: { ...ratios, distBytes: toRatio(project?.dist?.bytes, baseline?.dist?.bytes) },
};
if (!values['no-json']) {
	const file = join(repo, 'bench', 'results', `${today}-${count}.json`);
	mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
	writeFileSync(file, `${JSON.stringify(output, null, '\t')}\n`);
	console.log(`\nFigures written to ${file.slice(repo.length + 1)}`);
}
if (values.keep) console.log(`Temporary copies kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
progress('done');
