/**
 * One fixture per rule of the content gate (tests/fixtures/), checked in process exactly as
 * `npm run check:content` prints it. The whole output is snapshotted inline, so any change in
 * wording shows up in review.
 */
import { describe, expect, it } from 'vitest';
import { gateOnFixture } from '../../helpers/gate-fixture.ts';

describe('the content gate on each fixture', () => {
	it('passes the valid base tree and says what it checked', () => {
		const run = gateOnFixture('base');
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatchInlineSnapshot(
			`"1 article, 1 event, 2 participants, 2 sources, 1 claim: 0 problems"`,
		);
	});

	it('rejects a value of the wrong type', () => {
		const run = gateOnFixture('wrong-type');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:6: tags: expected a list — write it as [first, second] or as lines starting with "- "
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects a misspelt field name', () => {
		const run = gateOnFixture('unknown-key');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/sources/wire-report.yaml:1: publsher: unknown field — did you mean "publisher"?
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects a date that is not on the calendar instead of rolling it over', () => {
		const run = gateOnFixture('bad-date');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/events/2025-03-11-meeting.yaml:5: when.date: "2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('names the misspelt key behind a missing field, and the value that is not in the vocabulary', () => {
		const run = gateOnFixture('misspelt-value');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/events/2025-03-11-meeting.yaml:4: when.precison: unknown field — did you mean "precision"?
			content/events/2025-03-11-meeting.yaml:13: attendance, item 1, versions, item 1, status: "in person" is not allowed — did you mean "in-person"? (expected one of: in-person, remote, observer, not-invited, did-not-respond, absent, unclear)
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 2 problems"
		`);
	});

	it('rejects a missing required field', () => {
		const run = gateOnFixture('missing-field');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/participants/france.yaml:1: kind: is missing — add it (expected one of: country, organisation, person)
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects two files that Astro would fold to the same id', () => {
		const run = gateOnFixture('id-collision');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/Meeting-Report.md: file: name "Meeting-Report" is not a lower-case kebab-case id — rename it, e.g. meeting-report.md
			content/articles/Meeting-Report.md: file: has the same id as content/articles/meeting-report.md — rename one of them; otherwise one would silently replace the other
			content/articles/meeting-report.md: file: has the same id as content/articles/Meeting-Report.md — rename one of them; otherwise one would silently replace the other
			0 articles, 1 event, 2 participants, 2 sources, 1 claim: 3 problems"
		`);
	});

	it('rejects references to entries that do not exist', () => {
		const run = gateOnFixture('unknown-reference');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/events/2025-03-11-meeting.yaml:7: participants, item 2: "atlantis" is not in content/participants/ — fix the id (npm run new -- --list participants shows them all) or create content/participants/atlantis.yaml
			content/events/2025-03-11-meeting.yaml:9: sources, item 2: "no-such-source" is not in content/sources/ — fix the id (npm run new -- --list sources shows them all) or create content/sources/no-such-source.yaml
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 2 problems"
		`);
	});

	it('rejects citations of unknown sources and malformed citations, with their lines', () => {
		const run = gateOnFixture('unknown-citation');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:10: body: cites unknown source "no-such-source" — fix the id (npm run new -- --list sources shows them all) or create content/sources/no-such-source.yaml
			content/articles/meeting-report.md:10: body: "[^Not An Id]" is not a source id — write [^id] with the id of a file in content/sources/
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 2 problems"
		`);
	});

	it('rejects an article that cites nothing', () => {
		const run = gateOnFixture('no-citation');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md: body: cites no source — cite each fact with [^source-id], e.g. [^ap-2025-03-10-preview]
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('warns about a source nobody cites, without failing', () => {
		const run = gateOnFixture('uncited-source');
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatchInlineSnapshot(`
			"content/sources/never-cited.yaml:1: source: warning: is never cited — cite it from an article, event, participant or claim, or delete the file
			1 article, 1 event, 2 participants, 3 sources, 1 claim: 0 problems, 1 warning"
		`);
	});

	it('rejects raw HTML: script, iframe and event handlers', () => {
		const run = gateOnFixture('raw-html');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:10: body: raw HTML <script> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)
			content/articles/meeting-report.md:12: body: raw HTML <iframe> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)
			content/articles/meeting-report.md:14: body: raw HTML <img> is not allowed — link to the picture instead: [description](https://…)
			content/articles/meeting-report.md:16: body: raw HTML <b> is not allowed — write **bold** instead
			content/articles/meeting-report.md:16: body: an HTML comment is not allowed — remove it (notes for reviewers go in the pull request)
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 5 problems"
		`);
	});

	it('rejects links that are not web links, and images', () => {
		const run = gateOnFixture('unsafe-link');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:10: body: link "javascript:alert(1)" is not allowed — use a full https:// address, a site path such as /timeline/, or #anchor
			content/articles/meeting-report.md:10: body: link "mailto:a@example.org" is not allowed — use a full https:// address, a site path such as /timeline/, or #anchor
			content/articles/meeting-report.md:10: body: link "data:text/html,hi" is not allowed — use a full https:// address, a site path such as /timeline/, or #anchor
			content/articles/meeting-report.md:11: body: link "//evil.example/" is not allowed — use a full https:// address, a site path such as /timeline/, or #anchor
			content/articles/meeting-report.md:14: body: images are not supported — link to the picture instead: [description](https://…)
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 5 problems"
		`);
	});

	it('reports files the loaders would skip', () => {
		const run = gateOnFixture('ignored-files');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/notes.MD: file: is not read: only .md files are — rename it to notes.md
			content/articles/notes.MD:1: frontmatter: is missing — start the file with a line "---", the fields, then another "---"
			content/misc.txt: file: is not read by any loader — move it into one of content/articles/, content/events/, content/participants/, content/sources/, content/claims/
			content/sources/2025: file: is a sub-folder, which the loader does not read — move its files up into content/sources/
			content/sources/extra.yml: file: is not read: only .yaml files are — rename it to extra.yaml
			content/sources/extra.yml:1: title: is missing — add it (expected text)
			content/sources/extra.yml:1: url: is missing — add it (expected a URL starting with https://)
			content/sources/extra.yml:1: published: is missing — add it (expected a date written YYYY-MM-DD, or "unknown")
			content/sources/extra.yml:1: accessed: is missing — add it (expected a date written YYYY-MM-DD, e.g. 2025-03-11)
			content/sources/extra.yml:1: archived: is missing — add it (expected a URL starting with https://)
			content/sources/extra.yml:1: type: is missing — add it (expected one of: official, wire, outlet, aggregator, mirror)
			content/sources/extra.yml:1: language: is missing — add it (expected a language code such as en, fr, uk)
			content/timeline: file: is not a collection folder — content/ holds only articles, events, participants, sources, claims
			2 articles, 1 event, 2 participants, 3 sources, 1 claim: 13 problems"
		`);
	});

	it('rejects a source on a blocked domain or its subdomains', () => {
		const run = gateOnFixture('blocked-domain');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/sources/ministry-page.yaml:3: url: points at news-pravda.com, a blocked domain (see content/blocked-domains.yaml) — cite another source for this fact
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects a file that is not UTF-8', () => {
		const run = gateOnFixture('latin1');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/participants/france.yaml:1: file: is not valid UTF-8 (perhaps Latin-1 or Windows-1252) — re-save the file with UTF-8 encoding
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects invisible bidirectional control characters', () => {
		const run = gateOnFixture('hidden-characters');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/claims/meeting-held.yaml:1: file: contains the invisible control character U+202E — delete it (retype the line if you cannot see it)
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects hand-written footnote definitions', () => {
		const run = gateOnFixture('footnote-definition');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:10: body: remove the footnote definition [^wire-report]: — a citation takes its details from content/sources/
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects a disputed claim without versions', () => {
		const run = gateOnFixture('disputed-without-versions');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/claims/meeting-held.yaml:1: versions: is missing — add it (a disputed claim needs \`versions\`: two or more accounts, each with its sources)
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('refuses to publish TODO placeholders left in fields or in the body', () => {
		const run = gateOnFixture('placeholder');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:3: standfirst: still says "TODO" — replace the placeholder with the real text
			content/articles/meeting-report.md:12: body: still says "TODO" — replace the placeholder with the real text, or delete the line
			content/claims/meeting-held.yaml:7: versions, item 2, statement: still says "TODO" — replace the placeholder with the real text
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 3 problems"
		`);
	});

	it('rejects a field written twice', () => {
		const run = gateOnFixture('duplicate-key');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/participants/france.yaml:3: yaml: a field is written twice — check indentation, colons and quotes on this line
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects publication dates after today', () => {
		const run = gateOnFixture('future-date');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:5: published: is after today (26 November 2026) — use the day the article is published
			content/articles/meeting-report.md:6: updated: is after today (26 November 2026) — use the day of the change
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 2 problems"
		`);
	});

	it('rejects an article back-dated to before the site went live', () => {
		const run = gateOnFixture('back-dated');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:5: published: is before the site went live (26 November 2026) — use the day the article is published here, not the day of the events
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects a date range that ends before it starts', () => {
		const run = gateOnFixture('range-reversed');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/events/2025-03-11-meeting.yaml:6: when.end: the range ends before it starts — swap \`date\` and \`end\`
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('rejects roles on a participant that is not a person', () => {
		const run = gateOnFixture('not-a-person');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/participants/france.yaml:4: roles: only a person has roles — remove \`roles\` or set kind: person
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
		`);
	});

	it('reports every problem in several bad files in one run', () => {
		const run = gateOnFixture('many-errors');
		expect(run.exitCode).toBe(1);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/meeting-report.md:10: body: raw HTML <script> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)
			content/articles/meeting-report.md:12: body: raw HTML <iframe> is not allowed — embedded content and scripts cannot be published; link to the page instead: [description](https://…)
			content/articles/meeting-report.md:14: body: raw HTML <img> is not allowed — link to the picture instead: [description](https://…)
			content/events/2025-03-11-meeting.yaml:5: when.date: "2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11
			content/participants/france.yaml:1: kind: is missing — add it (expected one of: country, organisation, person)
			content/sources/wire-report.yaml:1: publsher: unknown field — did you mean "publisher"?
			1 article, 1 event, 2 participants, 2 sources, 1 claim: 6 problems"
		`);
	});

	describe('status rules: no status more certain than its sources', () => {
		it('rejects a confirmed claim whose sources are a wire story and a rewrite of it', () => {
			const run = gateOnFixture('status-one-publisher');
			expect(run.exitCode).toBe(1);
			expect(run.output).toMatchInlineSnapshot(`
				"content/claims/meeting-held.yaml:2: status: "confirmed" needs two independent publishers or one official source; its sources count as one publisher (AP: wire-report, wire-rewrite) — set status: reported, or cite a second independent source
				1 article, 1 event, 2 participants, 3 sources, 1 claim: 1 problem"
			`);
		});

		it('rejects a confirmed event that rests on one wire story', () => {
			const run = gateOnFixture('status-event-one-publisher');
			expect(run.exitCode).toBe(1);
			expect(run.output).toMatchInlineSnapshot(`
				"content/events/2025-03-11-meeting.yaml:6: status: "confirmed" needs two independent publishers or one official source; its only source is one publisher (AP: wire-report) — set status: reported, or cite a second independent source
				1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
			`);
		});

		it('rejects a confirmed attendance version that rests on one wire story', () => {
			const run = gateOnFixture('status-attendance-basis');
			expect(run.exitCode).toBe(1);
			expect(run.output).toMatchInlineSnapshot(`
				"content/events/2025-03-11-meeting.yaml:14: attendance, item 1, versions, item 1, basis: "confirmed" for france needs two independent publishers or one official source; its only source is one publisher (AP: wire-report) — set basis: reported, or cite a second independent source
				1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
			`);
		});

		it('rejects a version of a disputed claim with no source of its own', () => {
			const run = gateOnFixture('status-disputed-shared-sources');
			expect(run.exitCode).toBe(1);
			expect(run.output).toMatchInlineSnapshot(`
				"content/claims/meeting-held.yaml:6: versions, item 1, sources: a version of a disputed claim needs a source of its own; every source here is also cited by another version (wire-report in versions, item 2) — cite the source that gives this account, or merge it into the version it shares its sources with
				1 article, 1 event, 2 participants, 2 sources, 1 claim: 1 problem"
			`);
		});

		it('accepts confirmed on one official source or a marked copy of one, or on a wire and a mirror of another outlet', () => {
			const run = gateOnFixture('status-confirmed-allowed');
			expect(run.exitCode).toBe(0);
			expect(run.output).toMatchInlineSnapshot(
				`"1 article, 1 event, 2 participants, 4 sources, 1 claim: 0 problems"`,
			);
		});
	});

	it('warns about a one-off tag close to a tag in use, and about no other', () => {
		// Two tags several articles share may be close (security-force, security-forces); two new
		// tags (ceasefire-talk, ceasefire-talks) do not accuse each other.
		const run = gateOnFixture('tag-spelling');
		expect(run.exitCode).toBe(0);
		expect(run.output).toMatchInlineSnapshot(`
			"content/articles/typo.md:6: tags, item 1: warning: "securty-force" is a new tag — did you mean "security-force" or "security-forces"? If it is a new topic, keep it
			6 articles, 1 event, 2 participants, 2 sources, 1 claim: 0 problems, 1 warning"
		`);
	});
});
