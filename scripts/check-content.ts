/**
 * `npm run check:content`: checks every file in content/ and prints every problem, one per line,
 * then a summary. Exits 1 if any error was found (warnings alone pass).
 *
 *   --root DIR   check DIR/content instead of ./content (used by the fixture tests)
 *   --today D    treat D (YYYY-MM-DD) as today (used by the tests; defaults to today in Paris)
 *   --format F   `text` (default): `file:line: field: message`; `github`: workflow commands that
 *                GitHub Actions shows as annotations on the pull request's lines
 */
import { parseArgs } from 'node:util';
import { SITE } from '../src/site.ts';
import { getProblemFormat, PROBLEM_FORMATS } from '../src/lib/gate/github-format.ts';
import { runGate } from '../src/node/run-gate.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		today: { type: 'string' },
		format: { type: 'string', default: 'text' },
	},
});

const format = getProblemFormat(values.format);
if (!format) {
	console.error(
		`--format: "${values.format}" is not a format — use ${Object.keys(PROBLEM_FORMATS).join(' or ')}`,
	);
	process.exit(2);
}

let run;
try {
	run = runGate(values.root, {
		timeZone: SITE.timeZone,
		launched: SITE.launched,
		today: values.today,
	});
} catch (error) {
	console.error(`--today: ${(error as Error).message}`);
	process.exit(2);
}
for (const problem of run.result.problems) console.log(format(problem));
console.log(run.summary);
process.exitCode = run.failed ? 1 : 0;
