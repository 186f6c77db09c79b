/**
 * `npm test`: everything CI runs, in order — format, lint, types, content gate, publication freeze,
 * build, then the
 * tests (unit, cli, the fixture site, the real site and the browser). Every step runs even after a
 * failure, so one run shows everything. The static steps get their own summary line; the last
 * line, `N passed, N failed`, which CI reads, counts test cases — plus one failure for each static
 * step that failed, so a broken build or lint can never end in `0 failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

interface Step {
	name: string;
	command: string[];
}

const steps: Step[] = [
	{ name: 'format (prettier --check)', command: ['prettier', '--check', '.'] },
	{ name: 'lint (eslint)', command: ['eslint', '.'] },
	{ name: 'types (astro check)', command: ['astro', 'check'] },
	{ name: 'content gate', command: ['node', 'scripts/check-content.ts'] },
	// Against the project's main (upstream/main, else origin/main), as CI does on a pull request;
	// skipped with a note when this clone has neither.
	{ name: 'publication freeze', command: ['node', 'scripts/check-freeze.ts'] },
	{ name: 'build', command: ['astro', 'build'] },
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'America/New_York' };
let stepsPassed = 0;
let stepsFailed = 0;
let passed = 0;
let failed = 0;
const failures: string[] = [];

for (const step of steps) {
	console.log(`\n▶ ${step.name}`);
	const [command = '', ...args] = step.command;
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status === 0) stepsPassed += 1;
	else {
		stepsFailed += 1;
		failures.push(step.name);
	}
}

console.log('\n▶ tests (vitest: unit, cli, site, e2e)');
mkdirSync('reports', { recursive: true });
const vitest = spawnSync(
	'vitest',
	['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
	// The build step above produced dist/; the e2e setup reuses it instead of building again.
	{ stdio: 'inherit', env: { ...env, REUSE_DIST: failures.includes('build') ? '' : '1' } },
);
let byKind = '';
try {
	const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numTotalTests: number;
		testResults: Array<{
			name: string;
			startTime: number;
			endTime: number;
			assertionResults: unknown[];
		}>;
	};
	byKind = summariseByKind(report.testResults);
	passed += report.numPassedTests;
	failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
	if (report.numFailedTests > 0) failures.push('vitest');
} catch {
	failed += 1;
	failures.push(`vitest (no report; exit ${vitest.status})`);
}
if (vitest.status !== 0 && !failures.some((name) => name.startsWith('vitest'))) {
	failed += 1;
	failures.push(`vitest (exit ${vitest.status})`);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
if (byKind) console.log(`tests by kind: ${byKind}`);
console.log(`static steps: ${stepsPassed} passed, ${stepsFailed} failed`);
// A failed static step counts as a failure here too: the closing line must never say 0 failed then.
failed += stepsFailed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

/**
 * Tests and time per folder of tests/ (unit, cli, site, e2e), e.g. `unit 270 (4.1 s)`. The time
 * is the sum of the files' own durations: files run in parallel, so it is not wall-clock time.
 */
function summariseByKind(
	files: Array<{ name: string; startTime: number; endTime: number; assertionResults: unknown[] }>,
): string {
	const kinds = new Map<string, { tests: number; ms: number }>();
	for (const file of files) {
		const kind = /\/tests\/([^/]+)\//.exec(file.name)?.[1] ?? 'other';
		const total = kinds.get(kind) ?? { tests: 0, ms: 0 };
		total.tests += file.assertionResults.length;
		total.ms += file.endTime - file.startTime;
		kinds.set(kind, total);
	}
	return [...kinds]
		.map(([kind, total]) => `${kind} ${total.tests} (${(total.ms / 1000).toFixed(1)} s)`)
		.join(', ');
}
