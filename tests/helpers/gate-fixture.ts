/**
 * Runs the content gate in process on the base fixture overlaid with one fixture: what
 * `npm run check:content --root … --today 2026-11-26` prints, without starting a process, so the
 * unit tests (and mutation testing) reach every rule. tests/cli/check-content.test.ts runs the
 * command itself.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/node/run-gate.ts';
import { SITE } from '../../src/site.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureRun {
	/** The command's exit code: 1 when there is an error, 0 for none or warnings only. */
	exitCode: 0 | 1;
	/** The command's output: one line per problem, then the summary. */
	output: string;
}

export function gateOnFixture(fixture: string, today = '2026-11-26'): FixtureRun {
	const root = mkdtempSync(join(tmpdir(), `gate-${fixture}-`));
	try {
		cpSync(join(FIXTURES, 'base'), root, { recursive: true });
		if (fixture !== 'base') cpSync(join(FIXTURES, fixture), root, { recursive: true });
		const run = runGate(root, { timeZone: SITE.timeZone, launched: SITE.launched, today });
		return { exitCode: run.failed ? 1 : 0, output: [...run.lines, run.summary].join('\n') };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
