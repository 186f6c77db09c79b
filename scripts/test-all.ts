/**
 * `npm test`: everything CI runs, in order — format, lint, types, content gate, publication freeze,
 * build, then the unit, command-line and built-site tests. Every step runs even after a failure,
 * so one run shows everything; the last line is the plain `N passed, N failed` that CI reads (each
 * static step counts as one).
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
let passed = 0;
let failed = 0;
const failures: string[] = [];

for (const step of steps) {
	console.log(`\n▶ ${step.name}`);
	const [command = '', ...args] = step.command;
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status === 0) passed += 1;
	else {
		failed += 1;
		failures.push(step.name);
	}
}

console.log('\n▶ tests (vitest: unit, then the built site)');
mkdirSync('reports', { recursive: true });
const vitest = spawnSync(
	'vitest',
	['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
	// The build step above produced dist/; the e2e setup reuses it instead of building again.
	{ stdio: 'inherit', env: { ...env, REUSE_DIST: failures.includes('build') ? '' : '1' } },
);
try {
	const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numTotalTests: number;
	};
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
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
