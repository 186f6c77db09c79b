/**
 * `npm run check:content` itself: its exit codes, its flags and the GitHub format CI uses. What
 * the gate finds in each fixture is tested in process, in tests/unit/gate/fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runGateOnFixture } from '../helpers/gate-cli.ts';

describe('npm run check:content', () => {
	it('exits 0 on a valid tree and prints only the summary', () => {
		const run = runGateOnFixture('base');
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatchInlineSnapshot(
			`"1 article, 1 event, 2 participants, 2 sources, 1 claim: 0 problems"`,
		);
	});

	it('exits 1 on an error and prints it as file:line: field: message', () => {
		const run = runGateOnFixture('wrong-type');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:6: tags: expected a list — write it as [first, second] or as lines starting with "- "
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('takes the last --today, and refuses one that is not a date', () => {
		expect(runGateOnFixture('correction-dates', ['--today', '2026-12-01']).exitCode).toBe(1);
		const run = runGateOnFixture('base', ['--today', '2026-13-01']);
		expect(run.exitCode).toBe(2);
		expect(run.output).toMatchInlineSnapshot(
			`"--today: "2026-13-01" is not a date — write YYYY-MM-DD"`,
		);
	});
});

describe('npm run check:content -- --format github', () => {
	it('prints one annotation per problem, then the summary as plain text', () => {
		const run = runGateOnFixture('many-errors', ['--format', 'github']);
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"::error file=content/articles/meeting-report.md,line=10,title=body::raw HTML <script> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)
			::error file=content/articles/meeting-report.md,line=12,title=body::raw HTML <iframe> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)
			::error file=content/articles/meeting-report.md,line=14,title=body::raw HTML <img> is not allowed — link to the picture instead: [description](https://…)
			::error file=content/events/2025-03-11-meeting.yaml,line=5,title=when.date::"2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11
			::error file=content/participants/france.yaml,line=1,title=kind::is missing — add it (expected one of: country, organisation, person)
			::error file=content/sources/wire-report.yaml,line=1,title=publsher::unknown field — did you mean "publisher"?
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 6 problems"
		`);
	});

	it('annotates a warning without failing', () => {
		const run = runGateOnFixture('uncited-source', ['--format', 'github']);
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatchInlineSnapshot(`
			"::warning file=content/sources/never-cited.yaml,line=1,title=source::is never cited — cite it from an article, event, participant or claim, or delete the file
			1 article, 1 event, 2 participants, 3 sources, 1 claim: 0 problems, 1 warning"
		`);
	});

	it('refuses an unknown format and says which ones exist', () => {
		const run = runGateOnFixture('base', ['--format', 'json']);
		expect(run.exitCode).toBe(2);
		expect(run.output).toMatchInlineSnapshot(
			`"--format: "json" is not a format — use text or github"`,
		);
	});
});
