/** The gate's closing line, from hand-made counts and problems. */
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../../src/lib/gate/gate.ts';
import type { Problem } from '../../../src/lib/gate/problem.ts';
import { formatSummary } from '../../../src/lib/gate/summary.ts';

const problem = (severity: Problem['severity']): Problem => ({
	file: 'content/claims/x.yaml',
	field: 'status',
	message: 'is wrong',
	severity,
});

function result(counts: GateResult['counts'], problems: Problem[]): GateResult {
	const content = {
		articles: [],
		events: [],
		participants: [],
		sources: [],
		claims: [],
		blockedDomains: [],
	};
	return { counts, problems, content };
}

describe('formatSummary', () => {
	it('names every collection with its count, in plural unless there is one', () => {
		const counts = { articles: 1, events: 2, participants: 0, sources: 1, claims: 3 };
		expect(formatSummary(result(counts, []))).toMatchInlineSnapshot(
			`"1 article, 2 events, 0 participants, 1 source, 3 claims: 0 problems"`,
		);
	});

	it('counts errors as problems and adds warnings only when there are some', () => {
		const counts = { articles: 2, events: 1, participants: 1, sources: 2, claims: 1 };
		const oneOfEach = [problem('error'), problem('warning')];
		expect(formatSummary(result(counts, oneOfEach))).toMatchInlineSnapshot(
			`"2 articles, 1 event, 1 participant, 2 sources, 1 claim: 1 problem, 1 warning"`,
		);
		const mixed = [problem('warning'), problem('error'), problem('warning'), problem('error')];
		expect(formatSummary(result(counts, mixed))).toMatch(/: 2 problems, 2 warnings$/);
		expect(formatSummary(result(counts, [problem('error')]))).toMatch(/: 1 problem$/);
		expect(formatSummary(result(counts, [problem('warning')]))).toMatch(/: 0 problems, 1 warning$/);
	});
});
