/** Runs `scripts/check-content.ts` on the base fixture overlaid with one fixture, as a contributor would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check-content.ts');

export interface GateRun {
	exitCode: number | null;
	output: string;
}

/** Copies base + fixture into a temporary root, runs the gate there with a fixed "today". */
export function runGateOnFixture(fixture: string, extraArgs: string[] = []): GateRun {
	const root = mkdtempSync(join(tmpdir(), `gate-${fixture}-`));
	try {
		cpSync(join(FIXTURES, 'base'), root, { recursive: true });
		if (fixture !== 'base') cpSync(join(FIXTURES, fixture), root, { recursive: true });
		const result = spawnSync(
			process.execPath,
			[SCRIPT, '--root', root, '--today', '2026-11-26', ...extraArgs],
			{
				encoding: 'utf8',
			},
		);
		return { exitCode: result.status, output: `${result.stdout}${result.stderr}`.trimEnd() };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
