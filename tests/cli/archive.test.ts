/**
 * `npm run archive` run as the weekly workflow runs it, on a copy of the base fixture, against a
 * stand-in for the Wayback Machine on 127.0.0.1. The script is spawned asynchronously so the
 * stand-in, which lives in this process, can answer it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	noSnapshotReply,
	snapshotReply,
	startStandIn,
	type Script,
	type StandIn,
} from '../helpers/wayback-stand-in.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'archive.ts');

// tests/fixtures/base/content/sources/wire-report.yaml, as a person wrote it.
const WIRE = 'https://example.org/wire-report';
const WIRE_FILE = 'content/sources/wire-report.yaml';
const WIRE_TEXT = `publisher: AP
via: WKMG
title: A wire preview
url: https://example.org/wire-report
published: 2025-03-10
accessed: 2026-11-24
archived: null
type: wire
language: en
`;
// The base fixture's other source has an archived link a person wrote.
const MINISTRY_FILE = 'content/sources/ministry-page.yaml';

// A second source without a copy, with a comment and quoting to keep.
const LIVE = 'https://example.org/live-blog?day=11';
const LIVE_FILE = 'content/sources/live-blog.yaml';
const LIVE_TEXT = `# Live blog: the page changes during the day.
publisher: Example Outlet
title: 'Live: the Paris meeting'
url: https://example.org/live-blog?day=11
published: 2025-03-11
accessed: 2026-11-20
archived: null # none found yet
type: outlet
language: en
`;

let root: string;
let standIn: StandIn | undefined;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'archive-'));
	cpSync(join(ROOT, 'tests', 'fixtures', 'base'), root, { recursive: true });
	writeFileSync(join(root, LIVE_FILE), LIVE_TEXT);
});
afterEach(async () => {
	await standIn?.close();
	standIn = undefined;
	rmSync(root, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Run {
	exitCode: number | null;
	output: string;
}

/** Runs the script against a stand-in with the given script, fast delays and a fixed today. */
async function archive(script: Script, args: string[] = []): Promise<Run> {
	standIn = await startStandIn(script);
	const child = spawn(
		process.execPath,
		[
			SCRIPT,
			'--root',
			root,
			'--today',
			'2026-12-02',
			'--base-url',
			standIn.origin,
			'--delay',
			'0',
			'--save-delay',
			'0',
			'--backoff',
			'20',
			'--retries',
			'2',
			...args,
		],
		{ env: { ...process.env, WAYBACK_BASE_URL: '' } },
	);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return { exitCode, output: output.trimEnd() };
}

const lookups = () => standIn?.received.filter((request) => request.service === 'available') ?? [];
const saves = () => standIn?.received.filter((request) => request.service === 'save') ?? [];

describe('npm run archive', () => {
	it('writes a snapshot found near the day read into the file, and nothing else', async () => {
		const run = await archive({ available: { [WIRE]: [snapshotReply(WIRE, '20261125101500')] } });
		expect(run.exitCode).toBe(0);
		expect(read(WIRE_FILE)).toBe(
			WIRE_TEXT.replace(
				'archived: null\n',
				'archived: https://web.archive.org/web/20261125101500/https://example.org/wire-report\narchivedOn: 2026-11-25\n',
			),
		);
		expect(read(LIVE_FILE)).toBe(LIVE_TEXT);
		expect(run.output).toMatchInlineSnapshot(`
			"content/sources/live-blog.yaml: no snapshot — the archive has no snapshot (--save asks for a capture)
			content/sources/ministry-page.yaml: kept — it already has an archived link
			content/sources/wire-report.yaml: archived — snapshot of 2026-11-25: https://web.archive.org/web/20261125101500/https://example.org/wire-report
			3 sources: 1 archived, 1 without a snapshot, 1 kept (already archived)
			content gate: 1 article, 1 event, 2 participants, 3 sources, 1 claim: 0 problems, 1 warning"
		`);
	});

	it('asks about each address on the day it was read, and says who is asking', async () => {
		await archive({});
		expect(lookups().map(({ url, timestamp }) => [url, timestamp])).toEqual([
			[LIVE, '20261120'],
			[WIRE, '20261124'],
		]);
		expect(lookups()[0]?.userAgent).toMatch(/^paris-talks-tracker-archive \(\+https:\/\//);
	});

	it('leaves files alone and exits 0 when there is no snapshot', async () => {
		const run = await archive({ available: { [WIRE]: [noSnapshotReply(WIRE)] } });
		expect(run.exitCode).toBe(0);
		expect(read(WIRE_FILE)).toBe(WIRE_TEXT);
		expect(run.output).toContain(
			'content/sources/wire-report.yaml: no snapshot — the archive has no snapshot',
		);
		expect(run.output).not.toContain('content gate:');
	});

	it('never asks about, nor touches, a source whose archived link a person wrote', async () => {
		const before = read(MINISTRY_FILE);
		const run = await archive({
			available: {
				'https://example.org/ministry': [
					snapshotReply('https://example.org/ministry', '20261125101500'),
				],
			},
		});
		expect(read(MINISTRY_FILE)).toBe(before);
		expect(lookups().map(({ url }) => url)).not.toContain('https://example.org/ministry');
		expect(run.output).toContain(`${MINISTRY_FILE}: kept — it already has an archived link`);
	});

	it('waits as long as Retry-After says after a 429, then records the snapshot', async () => {
		const run = await archive({
			available: {
				[WIRE]: [
					{ status: 429, headers: { 'retry-after': '1' }, body: 'slow down' },
					snapshotReply(WIRE, '20261125101500'),
				],
			},
		});
		expect(run.exitCode).toBe(0);
		const asked = lookups().filter(({ url }) => url === WIRE);
		expect(asked).toHaveLength(2);
		expect((asked[1]?.at ?? 0) - (asked[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
		expect(run.output).toContain('  … the availability API: HTTP 429; trying again in 1 s');
		expect(read(WIRE_FILE)).toContain('archivedOn: 2026-11-25\n');
	});

	it('gives up on a source after repeated server errors, goes on with the others, and exits 1', async () => {
		const run = await archive({
			available: {
				[LIVE]: [{ status: 500, body: 'Internal Server Error' }],
				[WIRE]: [snapshotReply(WIRE, '20261125101500')],
			},
		});
		expect(run.exitCode).toBe(1);
		expect(lookups().filter(({ url }) => url === LIVE)).toHaveLength(3);
		expect(read(LIVE_FILE)).toBe(LIVE_TEXT);
		expect(read(WIRE_FILE)).toContain('archivedOn: 2026-11-25\n');
		expect(run.output).toContain(
			'content/sources/live-blog.yaml: archived: the availability API answered HTTP 500 3 times — run again later; files already written are kept',
		);
		expect(run.output).toContain('3 sources: 1 archived, 1 failed, 1 kept (already archived)');
	});

	it('stops asking for the rest of the run when the archive keeps answering 429', async () => {
		const run = await archive({
			available: { [LIVE]: [{ status: 429, headers: { 'retry-after': '0' }, body: 'slow down' }] },
		});
		expect(run.exitCode).toBe(1);
		expect(lookups().map(({ url }) => url)).toEqual([LIVE, LIVE, LIVE]);
		expect(read(WIRE_FILE)).toBe(WIRE_TEXT);
		expect(run.output).toContain(
			'content/sources/wire-report.yaml: not looked up — the archive asked us to slow down; the next run starts here',
		);
		expect(run.output).toContain(
			'3 sources: 1 failed, 1 kept (already archived), 1 not looked up (for a later run)',
		);
	});

	it('writes nothing from a reply that is not JSON or not the documented shape', async () => {
		const run = await archive({
			available: {
				[LIVE]: [{ status: 200, body: '<html>Wayback is down</html>' }],
				[WIRE]: [{ status: 200, body: '{"archived_snapshots": {"closest": {"url": 3}}}' }],
			},
		});
		expect(run.exitCode).toBe(1);
		expect(read(LIVE_FILE)).toBe(LIVE_TEXT);
		expect(read(WIRE_FILE)).toBe(WIRE_TEXT);
		expect(run.output.split('\n').filter((line) => line.includes(': archived: '))).toEqual([
			'content/sources/live-blog.yaml: archived: the availability API\'s reply was not understood: the reply is not JSON (it starts "<html>Wayback is down</html>") — nothing written; if this persists, the API may have changed',
			"content/sources/wire-report.yaml: archived: the availability API's reply was not understood: `closest.url` is not text — nothing written; if this persists, the API may have changed",
		]);
	});

	it('with --save, asks for a capture when there is none, and records one the archive made', async () => {
		const run = await archive(
			{
				save: {
					[WIRE]: [{ status: 302, headers: { location: `/web/20261202061500/${WIRE}` }, body: '' }],
					[LIVE]: [{ status: 200, body: '<html>Capture queued</html>' }],
				},
			},
			['--save'],
		);
		expect(run.exitCode).toBe(0);
		expect(saves().map(({ url }) => url)).toEqual([LIVE, WIRE]);
		expect(read(WIRE_FILE)).toBe(
			WIRE_TEXT.replace(
				'archived: null\n',
				'archived: https://web.archive.org/web/20261202061500/https://example.org/wire-report\narchivedOn: 2026-12-02\n',
			),
		);
		expect(read(LIVE_FILE)).toBe(LIVE_TEXT);
		expect(run.output).toContain(
			'content/sources/live-blog.yaml: capture requested — the archive has no snapshot; the archive queued it, run again later to record it',
		);
		expect(run.output).toContain(
			'content/sources/wire-report.yaml: archived — new capture of 2026-12-02: https://web.archive.org/web/20261202061500/https://example.org/wire-report',
		);
	});

	it('with --save, also asks for a capture when the closest snapshot is too far from the day read', async () => {
		const run = await archive(
			{
				available: { [WIRE]: [snapshotReply(WIRE, '20250311080000')] },
				save: {
					[WIRE]: [{ status: 200, body: 'queued' }],
					[LIVE]: [{ status: 200, body: 'queued' }],
				},
			},
			['--save', '--max-days', '30'],
		);
		expect(saves().map(({ url }) => url)).toEqual([LIVE, WIRE]);
		expect(run.output).toContain(
			'content/sources/wire-report.yaml: capture requested — the closest snapshot is 623 days from the day we read it (more than 30)',
		);
	});

	it('with --dry-run, writes nothing and asks for no capture', async () => {
		const run = await archive({ available: { [WIRE]: [snapshotReply(WIRE, '20261125101500')] } }, [
			'--dry-run',
			'--save',
		]);
		expect(run.exitCode).toBe(0);
		expect(read(WIRE_FILE)).toBe(WIRE_TEXT);
		expect(saves()).toEqual([]);
		expect(run.output).toMatchInlineSnapshot(`
			"content/sources/live-blog.yaml: would ask for a capture (dry run) — the archive has no snapshot
			content/sources/ministry-page.yaml: kept — it already has an archived link
			content/sources/wire-report.yaml: would archive (dry run) — snapshot of 2026-11-25: https://web.archive.org/web/20261125101500/https://example.org/wire-report
			3 sources: 1 archived, 1 capture to request, 1 kept (already archived) (dry run: no file written, no capture asked for)"
		`);
	});

	it('with --limit, looks up only that many sources; the next run skips what is done', async () => {
		const script = {
			available: {
				[LIVE]: [snapshotReply(LIVE, '20261121000000')],
				[WIRE]: [snapshotReply(WIRE, '20261125101500')],
			},
		};
		const first = await archive(script, ['--limit', '1']);
		expect(lookups().map(({ url }) => url)).toEqual([LIVE]);
		expect(first.output).toContain(
			'content/sources/wire-report.yaml: not looked up — --limit reached; the next run starts here',
		);
		await standIn?.close();

		const second = await archive(script);
		expect(lookups().map(({ url }) => url)).toEqual([WIRE]);
		expect(second.output).toContain(`${LIVE_FILE}: kept — it already has an archived link`);
		expect(read(LIVE_FILE)).toBe(
			LIVE_TEXT.replace(
				'archived: null # none found yet\n',
				'archived: https://web.archive.org/web/20261121000000/https://example.org/live-blog?day=11 # none found yet\narchivedOn: 2026-11-21\n',
			),
		);
	});

	it('refuses a flag it cannot read, with how to write it', async () => {
		const run = await archive({}, ['--limit', 'ten']);
		expect(run).toEqual({
			exitCode: 2,
			output: '--limit: "ten" is not a whole number — write e.g. --limit 10',
		});
		expect(standIn?.received).toEqual([]);
	});
});
