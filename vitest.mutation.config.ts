// The vitest config Stryker runs (stryker.config.mjs): the `unit` project of vitest.config.ts
// alone, because Stryker's vitest runner has no project filter and the other projects start
// processes or build sites, far too slow to run once per mutant.
// https://stryker-mutator.io/docs/stryker-js/vitest-runner/
import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

export default defineConfig({ test: { projects: [unitProject] } });
