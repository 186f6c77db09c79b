/** The gate's closing line: what was checked and what was found. */
import type { GateResult } from './gate.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** e.g. `4 articles, 14 events, 52 participants, 41 sources, 20 claims: 0 problems`. */
export function formatSummary(result: GateResult): string {
	const { counts } = result;
	const errors = result.problems.filter((problem) => problem.severity === 'error').length;
	const warnings = result.problems.length - errors;
	const checked = [
		plural(counts.articles, 'article'),
		plural(counts.events, 'event'),
		plural(counts.participants, 'participant'),
		plural(counts.sources, 'source'),
		plural(counts.claims, 'claim'),
	].join(', ');
	return `${checked}: ${plural(errors, 'problem')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`;
}
