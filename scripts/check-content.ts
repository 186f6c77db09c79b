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
import { parseIsoDate, todayIn } from '../src/lib/dates.ts';
import { checkContent } from '../src/lib/gate/gate.ts';
import { getProblemFormat, PROBLEM_FORMATS } from '../src/lib/gate/github-format.ts';
import { readContentTree } from '../src/node/read-tree.ts';
import { formatSummary } from '../src/lib/gate/summary.ts';

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

const today = values.today ? parseIsoDate(values.today) : todayIn(new Date(), SITE.timeZone);
if (!today) {
	console.error(`--today: "${values.today}" is not a date — write YYYY-MM-DD`);
	process.exit(2);
}

const launched = parseIsoDate(SITE.launched);
const result = checkContent(
	readContentTree(values.root),
	launched ? { today, launched } : { today },
);
for (const problem of result.problems) console.log(format(problem));
console.log(formatSummary(result));
process.exitCode = result.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
