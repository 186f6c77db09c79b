/**
 * The content gate as the bench and its tests call it in process. This is the only file here that
 * imports the gate, the way scripts/check-content.ts does, so a move of the gate's modules means
 * changing these imports and nothing else.
 */
import { parseIsoDate } from '../src/lib/dates.ts';
import { checkContent, type ContentFile } from '../src/lib/gate/gate.ts';
import { formatProblem } from '../src/lib/gate/problem.ts';
import { readContentTree } from '../src/node/read-tree.ts';
import { formatSummary } from '../src/lib/gate/summary.ts';
import { SITE } from '../src/site.ts';

export type { ContentFile };

/** What one gate run found, as text. */
export interface GateOutcome {
	/** Errors, formatted `file:line: field: message` (warnings are left out: they do not fail). */
	errors: string[];
	/** The gate's own one-line summary, e.g. `4 articles, … : 0 problems`. */
	summary: string;
}

/** Reads `root/content` from disk, as the command does. */
export function readTree(root: string): ContentFile[] {
	return readContentTree(root);
}

/** Checks a tree read by `readTree` (or built in memory) as of `today`, YYYY-MM-DD. */
export function checkTree(files: readonly ContentFile[], today: string): GateOutcome {
	const day = parseIsoDate(today);
	const launched = parseIsoDate(SITE.launched);
	if (!day || !launched) throw new Error(`checkTree: "${today}" is not a day — write YYYY-MM-DD`);
	const result = checkContent(files, { today: day, launched });
	return {
		errors: result.problems
			.filter((problem) => problem.severity === 'error')
			.map((problem) => formatProblem(problem)),
		summary: formatSummary(result),
	};
}

/** The day the site went live, YYYY-MM-DD (`SITE.launched`). */
export const LAUNCHED: string = SITE.launched;
