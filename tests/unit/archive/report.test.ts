import { describe, expect, it } from 'vitest';
import {
	formatArchiveSummary,
	formatOutcome,
	hasFailures,
	type SourceOutcome,
} from '../../../src/lib/archive/report.ts';

const snapshot = {
	url: 'https://web.archive.org/web/20261125101500/https://example.org/a',
	capturedAt: new Date('2026-11-25T10:15:00Z'),
	original: 'https://example.org/a',
};
const at = (name: string, outcome: SourceOutcome['outcome']): SourceOutcome => ({
	file: `content/sources/${name}.yaml`,
	outcome,
});

describe('formatOutcome', () => {
	it('says what happened to each source in one line', () => {
		expect(
			[
				at('a', { kind: 'archived', snapshot, by: 'lookup', written: true }),
				at('b', { kind: 'archived', snapshot, by: 'capture', written: false }),
				at('c', { kind: 'kept' }),
				at('d', { kind: 'no-url' }),
				at('e', { kind: 'not-found', reason: 'the archive has no snapshot' }),
				at('f', { kind: 'queued', reason: 'no snapshot yet' }),
				at('g', { kind: 'would-save', reason: 'the archive has no snapshot' }),
				at('h', { kind: 'error', message: 'the availability API answered HTTP 500 4 times' }),
				at('i', { kind: 'invalid', message: 'url: expected a URL starting with https://' }),
				at('j', { kind: 'not-reached', because: 'limit' }),
				at('k', { kind: 'not-reached', because: 'rate-limited' }),
			].map(formatOutcome),
		).toMatchInlineSnapshot(`
			[
			  "content/sources/a.yaml: archived — snapshot of 2026-11-25: https://web.archive.org/web/20261125101500/https://example.org/a",
			  "content/sources/b.yaml: would archive (dry run) — new capture of 2026-11-25: https://web.archive.org/web/20261125101500/https://example.org/a",
			  "content/sources/c.yaml: kept — it already has an archived link",
			  "content/sources/d.yaml: skipped — its address is not known",
			  "content/sources/e.yaml: no snapshot — the archive has no snapshot (--save asks for a capture)",
			  "content/sources/f.yaml: capture requested — no snapshot yet; the archive queued it, run again later to record it",
			  "content/sources/g.yaml: would ask for a capture (dry run) — the archive has no snapshot",
			  "content/sources/h.yaml: archived: the availability API answered HTTP 500 4 times",
			  "content/sources/i.yaml: url: expected a URL starting with https:// — run npm run check:content and fix the file first",
			  "content/sources/j.yaml: not looked up — --limit reached; the next run starts here",
			  "content/sources/k.yaml: not looked up — the archive asked us to slow down; the next run starts here",
			]
		`);
	});
});

describe('formatArchiveSummary', () => {
	it('counts each outcome, leaving out zeros', () => {
		const outcomes = [
			at('a', { kind: 'archived', snapshot, by: 'lookup', written: true }),
			at('b', { kind: 'kept' }),
			at('c', { kind: 'kept' }),
			at('d', { kind: 'error', message: 'x' }),
		];
		expect(formatArchiveSummary(outcomes, { dryRun: false })).toBe(
			'4 sources: 1 archived, 1 failed, 2 kept (already archived)',
		);
		expect(formatArchiveSummary(outcomes.slice(1, 2), { dryRun: true })).toBe(
			'1 source: 1 kept (already archived) (dry run: no file written, no capture asked for)',
		);
		expect(formatArchiveSummary([], { dryRun: false })).toBe('0 sources: nothing to do');
	});
});

describe('hasFailures', () => {
	it('fails the run on an error or an invalid file, not on a missing snapshot', () => {
		expect(hasFailures([at('a', { kind: 'not-found', reason: 'x' })])).toBe(false);
		expect(hasFailures([at('a', { kind: 'error', message: 'x' })])).toBe(true);
		expect(hasFailures([at('a', { kind: 'invalid', message: 'x' })])).toBe(true);
	});
});
