/**
 * The gate's messages for the mistakes a first-time contributor makes (issue 11): each fixture run
 * through the gate in process, its whole output snapshotted inline.
 */
/* eslint-disable no-irregular-whitespace -- a snapshot shows a file name with a zero-width space in it, as the gate prints it */
import { describe, expect, it } from 'vitest';
import { gateOnFixture } from '../../helpers/gate-fixture.ts';

describe('the content gate explains each mistake once, with its fix', () => {
	it('suggests the nearest known field, id, value and tag, one line per mistake', () => {
		const run = gateOnFixture('typos');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:9: body: cites unknown source "wire-reprt" — did you mean "wire-report"? Or create content/sources/wire-reprt.yaml
			content/articles/meeting-report.md:9: body: "[^Ministry Page]" is not a source id — did you mean [^ministry-page]?
			content/articles/second-report.md:6: participants, item 2: "jane-do" is not in content/participants/ — did you mean "jane-doe"? Or create content/participants/jane-do.yaml
			content/articles/second-report.md:7: events, item 1: "2025-03-11-meetng" is not in content/events/ — did you mean "2025-03-11-meeting"? Or create content/events/2025-03-11-meetng.yaml
			content/articles/second-report.md:8: claims, item 1: "meeting-hold" is not in content/claims/ — did you mean "meeting-held"? Or create content/claims/meeting-hold.yaml
			content/articles/second-report.md:9: tags, item 1: warning: "securty-force" is a new tag — did you mean "security-force"? If it is a new topic, keep it
			content/claims/meeting-held.yaml:1: statment: unknown field — did you mean "statement"?
			content/claims/meeting-held.yaml:2: status: "confirmd" is not allowed — did you mean "confirmed"? (expected one of: confirmed, reported, disputed, unconfirmed)
			content/events/2025-03-11-meeting.yaml:7: particpants: unknown field — did you mean "participants"?
			3 articles, 1 event, 2 participants, 2 sources, 1 claim: 8 problems, 1 warning"
		`);
	});

	it('checks a badly named file in full, so one run lists every problem', () => {
		const run = gateOnFixture('bad-name');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/My-Article.md: file: name "My-Article" is not a lower-case kebab-case id — rename it, e.g. my-article.md
			content/articles/My-Article.md:3: standfirst: still says "TODO" — replace the placeholder with the real text
			content/articles/My-Article.md:5: published: is before the site went live (26 November 2026) — use the day the article is published here, not the day of the events
			content/articles/My-Article.md:6: particpants: unknown field — did you mean "participants"?
			content/articles/My-Article.md:7: events, item 1: "2025-03-11-meetng" is not in content/events/ — did you mean "2025-03-11-meeting"? Or create content/events/2025-03-11-meetng.yaml
			content/articles/My-Article.md:10: body: raw HTML <b> is not allowed — write **bold** instead
			content/articles/My-Article.md:10: body: cites unknown source "wire-reprt" — did you mean "wire-report"? Or create content/sources/wire-reprt.yaml
			2 articles, 1 event, 2 participants, 2 sources, 1 claim: 7 problems"
		`);
	});

	it('needs `updated` on or after the latest correction in any order, and no correction after today', () => {
		const run = gateOnFixture('correction-dates', '2026-12-01');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/fifth-report.md:6: updated: is before the latest correction (29 November 2026) — set updated: 2026-11-29
			content/articles/fourth-report.md:6: updated: is before the latest correction (29 November 2026) — set updated: 2026-11-29
			content/articles/meeting-report.md:7: corrections, item 1, date: has no \`updated\` to match — add updated: 2026-11-27 under published
			content/articles/second-report.md:6: updated: is before the latest correction (28 November 2026) — set updated: 2026-11-28
			content/articles/seventh-report.md:6: updated: is before the latest correction (1 December 2026) — set updated: 2026-12-01
			content/articles/sixth-report.md:9: corrections, item 2, date: has no \`updated\` to match — add updated: 2026-11-29 under published
			content/articles/third-report.md:8: corrections, item 1, date: is after today (1 December 2026) — use the day the correction was made
			7 articles, 1 event, 2 participants, 2 sources, 1 claim: 7 problems"
		`);
	});

	it('accepts a byte-order mark and CRLF line endings, as Windows editors save files', () => {
		const run = gateOnFixture('bom-crlf');
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatchInlineSnapshot(
			`"1 article, 1 event, 2 participants, 2 sources, 1 claim: 0 problems"`,
		);
	});

	it('refuses invisible characters by name and column, and warns about words that mix alphabets', () => {
		const run = gateOnFixture('invisible-characters');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:2: title: warning: the word "Pаris" at column 23 mixes Latin and Cyrillic letters (Cyrillic: "а" U+0430) — retype it in one alphabet
			content/articles/meeting-report.md:3: standfirst: contains the invisible character U+2060 WORD JOINER at column 26 — delete it (retype the word if you cannot see it)
			content/articles/meeting-report.md:10: body: warning: the word "Pаris" at column 28 mixes Latin and Cyrillic letters (Cyrillic: "а" U+0430) — retype it in one alphabet
			content/claims/meeting​held.yaml: file: name "meeting​held" contains the invisible character U+200B ZERO WIDTH SPACE at column 8 — rename it, e.g. meetingheld.yaml
			content/events/2025-03-11-meeting.yaml:1: title: contains the invisible character U+00AD SOFT HYPHEN at column 25 — delete it (retype the word if you cannot see it)
			content/events/2025-03-11-meeting.yaml:7: participants, item 1: contains the invisible character U+200D ZERO WIDTH JOINER at column 20 — delete it (retype the word if you cannot see it)
			content/participants/jane-doe.yaml:1: name: contains the invisible character U+200B ZERO WIDTH SPACE at column 11 — delete it (retype the word if you cannot see it)
			1 article, 1 event, 2 participants, 2 sources, 2 claims: 5 problems, 2 warnings"
		`);
	});

	it('gives an example date for `published` that passes the rule it explains', () => {
		const run = gateOnFixture('published-format', '2026-12-01');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:5: published: "26 November 2026" is not written YYYY-MM-DD — write it as digits, e.g. 2026-12-01
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});
});
