// Plain Vitest, no Astro: everything tested here is pure TypeScript from src/lib, scripts, or the
// built site in dist/ (tests/e2e builds it once in globalSetup).
// https://vitest.dev/config/
import { defineConfig } from 'vitest/config';

// Tests run in a zone that is not UTC, so a date formatted without an explicit zone shows up as
// off by one day (workers inherit this).
process.env['TZ'] = 'America/New_York';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Tests that run the project's commands (astro, the scripts) as processes.
			{ test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 120_000 } },
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
