// @ts-check
// The schemas with their static mutants: a zod schema is built once, when its module is imported,
// so almost every mutant in src/lib/schema/ is static and stryker.config.mjs leaves it out. Here
// each one is tested by reloading only the tests that exercise the schemas directly, which takes
// a second or two a mutant instead of a minute. `npm run test:mutation:schema`.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	...base,
	mutate: ['src/lib/schema/**/*.ts'],
	testFiles: ['tests/unit/schema/**/*.test.ts'],
	ignoreStatic: false,
	incrementalFile: 'reports/mutation-schema/incremental.json',
	htmlReporter: { fileName: 'reports/mutation-schema/index.html' },
	jsonReporter: { fileName: 'reports/mutation-schema/mutation.json' },
};
