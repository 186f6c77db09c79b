/**
 * `npm run archive`, the part that talks to the network and the disk: for each source in
 * content/sources/ whose `archived` is null, asks the Wayback Machine's availability API for the
 * snapshot closest to the day we read it and writes a good one into the file; with `save`, asks
 * Save Page Now for a capture when there is none. The decisions (which snapshot, what to write,
 * what to say) are pure functions in src/lib/archive/.
 *
 * Requests go out one at a time, at least `delayMs` apart (captures `saveDelayMs` apart); a 429
 * or 5xx is retried after its Retry-After or a doubling backoff. Each file is written as soon as
 * its snapshot is known, so an interrupted run loses nothing and the next run carries on with
 * the sources still at `archived: null`.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAvailabilityReply } from '../lib/archive/availability-reply.ts';
import { chooseSnapshot } from '../lib/archive/choose-snapshot.ts';
import type { ArchiveOutcome, SourceOutcome } from '../lib/archive/report.ts';
import { isRetryable, parseRetryAfter, retryDelay } from '../lib/archive/retry.ts';
import { parseSaveReply } from '../lib/archive/save-reply.ts';
import { readSourceYaml, writeArchiveFields } from '../lib/archive/source-yaml.ts';
import { toAvailabilityUrl, toSaveUrl, type SnapshotAddress } from '../lib/archive/wayback-urls.ts';
import { formatProblem } from '../lib/gate/problem.ts';
import { runGate, type GateOptions } from './run-gate.ts';

const SOURCES_DIR = 'content/sources';

/** Everything a run needs; the CLI fills it from flags and defaults. */
export interface ArchiveOptions {
	/** The repository root (content/ is under it). */
	root: string;
	/** The availability API's origin, e.g. https://archive.org. */
	availabilityOrigin: string;
	/** Save Page Now's origin, e.g. https://web.archive.org. */
	saveOrigin: string;
	/** Ask for a capture when no snapshot is usable. */
	save: boolean;
	/** Ask the API, but write nothing and ask for no capture. */
	dryRun: boolean;
	/** Look up at most this many sources (those that need a request). */
	limit?: number | undefined;
	/** Least time between two requests. */
	delayMs: number;
	/** Least time between two capture requests. */
	saveDelayMs: number;
	/** First wait after a 429 or 5xx without Retry-After; doubles each time. */
	backoffMs: number;
	/** Longest single wait, whatever Retry-After says. */
	maxWaitMs: number;
	/** How many times to ask again after a 429, 5xx or network failure. */
	retries: number;
	/** Largest distance in days between the day we read a source and its snapshot. */
	maxDays: number;
	/** Per-request timeout (captures take longer). */
	timeoutMs: number;
	saveTimeoutMs: number;
	userAgent: string;
	/** Called with each source's result as soon as it is known. */
	onOutcome?: (outcome: SourceOutcome) => void;
	/** Called with notes such as "429, waiting 30 s". */
	onNote?: (note: string) => void;
}

/** What the run did. */
export interface ArchiveRun {
	outcomes: SourceOutcome[];
	/** Files written, relative to the root. */
	changed: string[];
}

interface Reply {
	status: number;
	headers: Headers;
	body: string;
}

type Requested = { ok: true; reply: Reply } | { ok: false; message: string; rateLimited?: boolean };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Spaces calls at least `gapMs` apart, measured from the start of the previous one. */
function pacer(gapMs: number) {
	let last = -Infinity;
	return async () => {
		const wait = last + gapMs - Date.now();
		if (wait > 0) await sleep(wait);
		last = Date.now();
	};
}

/** Runs the archive pass over every source file, in file-name order. */
export async function runArchive(options: ArchiveOptions): Promise<ArchiveRun> {
	const paceAll = pacer(options.delayMs);
	const paceSave = pacer(options.saveDelayMs);
	const note = options.onNote ?? (() => undefined);
	// Still 429 after every retry: the archive wants us gone for now, so stop asking it anything.
	const state = { rateLimited: false };

	const request = async (url: string, what: string, timeoutMs: number): Promise<Requested> => {
		for (let attempt = 0; ; attempt += 1) {
			await paceAll();
			let reply: Reply;
			try {
				const response = await fetch(url, {
					// Never follow: a redirect is an answer to read, and following one could leave the
					// stand-in server in tests.
					redirect: 'manual',
					headers: { 'user-agent': options.userAgent, accept: 'application/json, */*' },
					signal: AbortSignal.timeout(timeoutMs),
				});
				reply = { status: response.status, headers: response.headers, body: await response.text() };
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				if (attempt < options.retries) {
					const wait = retryDelay(attempt, options);
					note(`${what}: ${reason}; trying again in ${seconds(wait)}`);
					await sleep(wait);
					continue;
				}
				return {
					ok: false,
					message: `${what} could not be reached (${reason}) — check the network or --base-url, then run again`,
				};
			}
			if (!isRetryable(reply.status)) return { ok: true, reply };
			if (attempt >= options.retries) {
				return {
					ok: false,
					rateLimited: reply.status === 429,
					message: `${what} answered HTTP ${reply.status} ${attempt + 1} times — run again later; files already written are kept`,
				};
			}
			const retryAfterMs = parseRetryAfter(reply.headers.get('retry-after'), new Date());
			const wait = retryDelay(attempt, { ...options, retryAfterMs });
			note(`${what}: HTTP ${reply.status}; trying again in ${seconds(wait)}`);
			await sleep(wait);
		}
	};

	const lookUp = async (url: string, accessed: Date) => {
		const answer = await request(
			toAvailabilityUrl(options.availabilityOrigin, url, accessed),
			'the availability API',
			options.timeoutMs,
		);
		if (!answer.ok) {
			if (answer.rateLimited) state.rateLimited = true;
			return { kind: 'error' as const, message: answer.message };
		}
		if (answer.reply.status !== 200) {
			return {
				kind: 'error' as const,
				message: `the availability API answered HTTP ${answer.reply.status} — run again later`,
			};
		}
		const parsed = parseAvailabilityReply(answer.reply.body);
		if (parsed.kind === 'malformed') {
			return {
				kind: 'error' as const,
				message: `the availability API's reply was not understood: ${parsed.message} — nothing written; if this persists, the API may have changed`,
			};
		}
		return parsed;
	};

	const capture = async (url: string): Promise<ArchiveOutcome | SnapshotAddress | 'queued'> => {
		await paceSave();
		const answer = await request(
			toSaveUrl(options.saveOrigin, url),
			'Save Page Now',
			options.saveTimeoutMs,
		);
		if (!answer.ok) {
			if (answer.rateLimited) state.rateLimited = true;
			return { kind: 'error', message: answer.message };
		}
		const { reply } = answer;
		const parsed = parseSaveReply({
			status: reply.status,
			location: reply.headers.get('location'),
			contentLocation: reply.headers.get('content-location'),
		});
		if (parsed.kind === 'refused') {
			return {
				kind: 'error',
				message: `${parsed.message} — try again later, or save the page by hand at https://web.archive.org/save and put the copy in \`archived\``,
			};
		}
		if (parsed.kind === 'queued') return 'queued';
		return parsed.snapshot;
	};

	const outcomes: SourceOutcome[] = [];
	const changed: string[] = [];
	let lookups = 0;
	const names = readdirSync(join(options.root, SOURCES_DIR))
		.filter((name) => name.endsWith('.yaml'))
		.sort();

	for (const name of names) {
		const file = `${SOURCES_DIR}/${name}`;
		const path = join(options.root, file);
		const text = readFileSync(path, 'utf8');
		const record = (outcome: ArchiveOutcome) => {
			const result = { file, outcome };
			outcomes.push(result);
			options.onOutcome?.(result);
		};

		const read = readSourceYaml(text);
		if (!read.ok) {
			record({ kind: 'invalid', message: read.message });
			continue;
		}
		const { source } = read;
		if (source.archived !== null) {
			record({ kind: 'kept' });
			continue;
		}
		if (source.url === null) {
			record({ kind: 'no-url' });
			continue;
		}
		if (state.rateLimited) {
			record({ kind: 'not-reached', because: 'rate-limited' });
			continue;
		}
		if (options.limit !== undefined && lookups >= options.limit) {
			record({ kind: 'not-reached', because: 'limit' });
			continue;
		}
		lookups += 1;

		const write = (snapshot: SnapshotAddress, by: 'lookup' | 'capture'): ArchiveOutcome => {
			const day = snapshot.capturedAt.toISOString().slice(0, 10);
			const edit = writeArchiveFields(text, { url: snapshot.url, day });
			if (!edit.ok) return { kind: 'error', message: `${edit.message} — nothing written` };
			if (options.dryRun) return { kind: 'archived', snapshot, by, written: false };
			// A person may have edited the file while we waited on the network: theirs wins.
			if (readFileSync(path, 'utf8') !== text) {
				return { kind: 'error', message: 'the file changed during the run — run again' };
			}
			const temporary = `${path}.archive-tmp`;
			writeFileSync(temporary, edit.text);
			renameSync(temporary, path);
			changed.push(file);
			return { kind: 'archived', snapshot, by, written: true };
		};

		const found = await lookUp(source.url, source.accessed);
		if (found.kind === 'error') {
			record(found);
			continue;
		}
		let reason: string;
		if (found.kind === 'found') {
			const choice = chooseSnapshot(found.snapshot, {
				url: source.url,
				accessed: source.accessed,
				...(source.published === 'unknown' ? {} : { published: source.published }),
				maxDays: options.maxDays,
			});
			if (choice.ok) {
				record(write(found.snapshot, 'lookup'));
				continue;
			}
			reason = choice.reason;
		} else reason = found.reason;

		if (!options.save) record({ kind: 'not-found', reason });
		else if (options.dryRun) record({ kind: 'would-save', reason });
		else {
			const captured = await capture(source.url);
			if (captured === 'queued') record({ kind: 'queued', reason });
			else record('kind' in captured ? captured : write(captured, 'capture'));
		}
	}
	return { outcomes, changed };
}

/**
 * Runs the content gate on the whole tree after a run and returns the lines to print: the
 * problems in the files the run wrote, and the gate's summary. `ok` is false when one of those
 * files has an error.
 */
export function checkChangedFiles(
	root: string,
	changed: readonly string[],
	options: GateOptions,
): { ok: boolean; lines: string[] } {
	const gate = runGate(root, options);
	const mine = gate.result.problems.filter((problem) => changed.includes(problem.file));
	return {
		ok: !mine.some((problem) => problem.severity === 'error'),
		lines: [...mine.map(formatProblem), `content gate: ${gate.summary}`],
	};
}

function seconds(ms: number): string {
	return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
