/**
 * Setup for the unit project: unit tests are pure and fast, so starting a process is an error here.
 * A test that needs git, a script or another program belongs in tests/cli/ (the `cli` project).
 */
import { vi } from 'vitest';

const refuse = (name: string) => () => {
	throw new Error(
		`unit tests start no processes, but this one called child_process.${name} — move it to tests/cli/`,
	);
};

vi.mock('node:child_process', async (importOriginal) => {
	const original = await importOriginal<typeof import('node:child_process')>();
	const names = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];
	return {
		...original,
		...Object.fromEntries(names.map((name) => [name, refuse(name)])),
	};
});
