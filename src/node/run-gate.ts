/**
 * Runs the content gate over a checkout: reads content/ once, checks it, and formats what it found.
 * `npm run check:content`, the content-gate integration and the content loader all call this, so
 * a build reads and validates each file once and prints exactly what the command prints.
 */
import { parseIsoDate, todayIn } from '../lib/dates.ts';
import { checkContent, type GateResult } from '../lib/gate/gate.ts';
import { formatProblem } from '../lib/gate/problem.ts';
import { formatSummary } from '../lib/gate/summary.ts';
import { readContentTree } from './read-tree.ts';

/** One run of the gate: the result, its printed lines and whether it failed. */
export interface GateRun {
	result: GateResult;
	/** One line per problem, `file:line: field: message`. */
	lines: string[];
	/** The closing line, e.g. `4 articles, …: 0 problems`. */
	summary: string;
	/** Whether any problem is an error (warnings alone pass). */
	failed: boolean;
}

/** What "today" and the launch day are: SITE's values in production, fixed days in tests. */
export interface GateOptions {
	timeZone: string;
	launched?: string | undefined;
	/** Treat this YYYY-MM-DD as today instead of the clock's day in `timeZone`. */
	today?: string | undefined;
}

/** Reads `root`/content and checks it. Throws only for an unreadable `--today`. */
export function runGate(root: string, options: GateOptions): GateRun {
	const today = options.today ? parseIsoDate(options.today) : todayIn(new Date(), options.timeZone);
	if (!today) throw new Error(`"${options.today ?? ''}" is not a date — write YYYY-MM-DD`);
	const launched = options.launched ? parseIsoDate(options.launched) : undefined;
	const result = checkContent(readContentTree(root), launched ? { today, launched } : { today });
	return {
		result,
		lines: result.problems.map(formatProblem),
		summary: formatSummary(result),
		failed: result.problems.some((problem) => problem.severity === 'error'),
	};
}
