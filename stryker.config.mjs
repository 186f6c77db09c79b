// @ts-check
// Mutation testing of src/lib against the unit tests: `npm run test:mutation` (not part of
// `npm test`, it is slow). Scores per folder are in the README, equivalent mutants in
// tests/MUTATION.md. https://stryker-mutator.io/docs/stryker-js/configuration/

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	// Only the `unit` project: the runner has no project filter, so it gets a config of its own.
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: [
		'src/lib/gate/**/*.ts',
		'src/lib/schema/**/*.ts',
		'src/lib/markdown/**/*.ts',
		'src/lib/views/**/*.ts',
		'src/lib/dates.ts',
		'src/lib/when.ts',
		'src/lib/urls.ts',
	],
	// Static mutants (module-level code, such as a zod schema built once at import) are left out of
	// the score: with this runner some are reported Survived although a test kills them (checked by
	// hand; stryker-js#6209), and incremental runs never retest them (stryker-js#4372).
	// tests/MUTATION.md gives the figures with them and says what guards that code instead.
	ignoreStatic: true,
	// The machine has 2 cores and is shared with builds and benchmarks.
	concurrency: 1,
	// Reruns test only mutants in changed code or touched by changed tests; `--force` redoes all.
	incremental: true,
	incrementalFile: 'reports/mutation/incremental.json',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	clearTextReporter: { reportTests: false, reportMutants: false },
	thresholds: { high: 80, low: 70, break: null },
	timeoutMS: 10_000,
};
