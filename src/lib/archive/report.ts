/**
 * What `npm run archive` did to each source, in words: one line per source and a summary. Errors
 * follow the project's `file: field: what is wrong — how to fix it`.
 */
import type { SnapshotAddress } from './wayback-urls.ts';

/** What happened to one source. */
export type ArchiveOutcome =
	/** `archived` already holds a link (a person's, or an earlier run's); never touched. */
	| { kind: 'kept' }
	/** `url` is null: there is nothing to look up. */
	| { kind: 'no-url' }
	/** The file does not parse as a source; the content gate says more. */
	| { kind: 'invalid'; message: string }
	/** A snapshot was found (or captured) and written, or would be in a dry run. */
	| { kind: 'archived'; snapshot: SnapshotAddress; by: 'lookup' | 'capture'; written: boolean }
	/** No usable snapshot, and no capture asked for. */
	| { kind: 'not-found'; reason: string }
	/** A capture was asked for and queued by the archive; a later run records it. */
	| { kind: 'queued'; reason: string }
	/** Dry run with --save: a capture would have been asked for. */
	| { kind: 'would-save'; reason: string }
	/** The service failed or answered something unreadable; nothing written. */
	| { kind: 'error'; message: string }
	/**
	 * Not looked up: --limit was reached, or the archive kept answering 429 and the run stopped
	 * asking; the next run starts here.
	 */
	| { kind: 'not-reached'; because: 'limit' | 'rate-limited' };

/** One source's result. */
export interface SourceOutcome {
	/** The file, relative to the repository root, e.g. content/sources/ap-2025-03-10-preview.yaml. */
	file: string;
	outcome: ArchiveOutcome;
}

/** One line for one source. */
export function formatOutcome({ file, outcome }: SourceOutcome): string {
	switch (outcome.kind) {
		case 'kept':
			return `${file}: kept — it already has an archived link`;
		case 'no-url':
			return `${file}: skipped — its address is not known`;
		case 'invalid':
			return `${file}: ${outcome.message} — run npm run check:content and fix the file first`;
		case 'archived': {
			const day = outcome.snapshot.capturedAt.toISOString().slice(0, 10);
			const how = outcome.by === 'capture' ? 'new capture' : 'snapshot';
			const verb = outcome.written ? 'archived' : 'would archive (dry run)';
			return `${file}: ${verb} — ${how} of ${day}: ${outcome.snapshot.url}`;
		}
		case 'not-found':
			return `${file}: no snapshot — ${outcome.reason} (--save asks for a capture)`;
		case 'queued':
			return `${file}: capture requested — ${outcome.reason}; the archive queued it, run again later to record it`;
		case 'would-save':
			return `${file}: would ask for a capture (dry run) — ${outcome.reason}`;
		case 'error':
			return `${file}: archived: ${outcome.message}`;
		case 'not-reached':
			return outcome.because === 'limit'
				? `${file}: not looked up — --limit reached; the next run starts here`
				: `${file}: not looked up — the archive asked us to slow down; the next run starts here`;
	}
}

const SUMMARY_WORDS: Record<ArchiveOutcome['kind'], string> = {
	archived: 'archived',
	queued: 'capture requested',
	'would-save': 'capture to request',
	'not-found': 'without a snapshot',
	error: 'failed',
	invalid: 'invalid',
	kept: 'kept (already archived)',
	'no-url': 'without an address',
	'not-reached': 'not looked up (for a later run)',
};

/** The last line: how many sources ended each way, leaving out zeros. */
export function formatArchiveSummary(
	outcomes: readonly SourceOutcome[],
	options: { dryRun: boolean },
): string {
	const counts = (Object.keys(SUMMARY_WORDS) as Array<ArchiveOutcome['kind']>).flatMap((kind) => {
		const count = outcomes.filter(({ outcome }) => outcome.kind === kind).length;
		return count > 0 ? [`${count} ${SUMMARY_WORDS[kind]}`] : [];
	});
	const total = `${outcomes.length} ${outcomes.length === 1 ? 'source' : 'sources'}`;
	const dry = options.dryRun ? ' (dry run: no file written, no capture asked for)' : '';
	return `${total}: ${counts.length > 0 ? counts.join(', ') : 'nothing to do'}${dry}`;
}

/** Whether the run should exit with a failure: the service or a file let a source down. */
export function hasFailures(outcomes: readonly SourceOutcome[]): boolean {
	return outcomes.some(({ outcome }) => outcome.kind === 'error' || outcome.kind === 'invalid');
}
