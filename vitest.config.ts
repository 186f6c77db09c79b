// Plain Vitest, no Astro: everything tested here is pure TypeScript from src/lib, scripts, or a
// built site (the fixture site for `site`, the real one in dist/ for `e2e`).
// https://vitest.dev/config/
import { defineConfig } from 'vitest/config';

// Tests run in a zone that is not UTC, so a date formatted without an explicit zone shows up as
// off by one day (workers inherit this).
process.env['TZ'] = 'America/New_York';

/** Pure functions and files on disk; starting a process fails the test (see the setup file). */
export const unitProject = {
	test: {
		name: 'unit',
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/no-processes.ts'],
	},
};

export default defineConfig({
	test: {
		projects: [
			unitProject,
			// The command-line tools run as a contributor runs them: node scripts/…, git.
			{ test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 120_000 } },
			// The hand-made fixture site (tests/fixture-site/), built once, against hand-written answers.
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					testTimeout: 60_000,
					globalSetup: ['tests/site/global-setup.ts'],
					hookTimeout: 300_000,
				},
			},
			// The site with 300 synthetic articles more, built in a copy: counts at scale.
			{
				test: {
					name: 'scale',
					include: ['tests/scale/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 900_000,
				},
			},
			// Invariants of the real site in dist/, and the browser tests.
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
