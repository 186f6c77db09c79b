/**
 * `npm run archive`: records Wayback Machine snapshots in content/sources/ (see
 * src/node/archive.ts and CONTRIBUTING.md, "Archived copies"). Prints one line per source, a
 * summary, then the content gate's verdict on the files it wrote. Exits 1 when a source failed
 * or a written file does not pass the gate, 2 on a bad flag.
 *
 *   --save             ask Save Page Now for a capture when no snapshot is usable
 *   --dry-run          ask the API, but write nothing and ask for no capture
 *   --limit N          look up at most N sources this run
 *   --delay MS         least time between requests (default 4000)
 *   --save-delay MS    least time between capture requests (default 20000)
 *   --backoff MS       first wait after a 429 or 5xx without Retry-After (default 10000)
 *   --max-wait MS      longest single wait (default 300000)
 *   --retries N        retries after a 429, 5xx or network failure (default 3)
 *   --max-days N       largest distance between the day read and the snapshot (default 365)
 *   --base-url URL     one origin for both services, e.g. a stand-in server (env WAYBACK_BASE_URL)
 *   --root DIR         work on DIR/content instead of ./content (tests)
 *   --today D          "today" for the content gate, YYYY-MM-DD (tests)
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_DAYS } from '../src/lib/archive/choose-snapshot.ts';
import { formatArchiveSummary, formatOutcome, hasFailures } from '../src/lib/archive/report.ts';
import { AVAILABILITY_ORIGIN, WAYBACK_ORIGIN } from '../src/lib/archive/wayback-urls.ts';
import { parseIsoDate } from '../src/lib/dates.ts';
import { checkChangedFiles, runArchive } from '../src/node/archive.ts';
import { SITE } from '../src/site.ts';

const { values } = parseArgs({
	options: {
		save: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
		limit: { type: 'string' },
		delay: { type: 'string', default: '4000' },
		'save-delay': { type: 'string', default: '20000' },
		backoff: { type: 'string', default: '10000' },
		'max-wait': { type: 'string', default: '300000' },
		retries: { type: 'string', default: '3' },
		'max-days': { type: 'string', default: String(DEFAULT_MAX_DAYS) },
		'base-url': { type: 'string' },
		root: { type: 'string', default: '.' },
		today: { type: 'string' },
	},
});

function count(flag: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value)) {
		console.error(`--${flag}: "${value}" is not a whole number — write e.g. --${flag} 10`);
		process.exit(2);
	}
	return Number(value);
}
const must = (flag: string, value: string | undefined) => count(flag, value) ?? 0;

const baseUrl = values['base-url'] ?? process.env['WAYBACK_BASE_URL'];
if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(baseUrl)) {
	console.error(
		`--base-url: "${baseUrl}" is not an origin — write e.g. --base-url http://127.0.0.1:8080`,
	);
	process.exit(2);
}
// Checked before any request, so a typo does not cost a whole run; the gate reads it again.
if (values.today !== undefined && !parseIsoDate(values.today)) {
	console.error(`--today: "${values.today}" is not a date — write YYYY-MM-DD`);
	process.exit(2);
}

const dryRun = values['dry-run'];
const run = await runArchive({
	root: values.root,
	availabilityOrigin: baseUrl ?? AVAILABILITY_ORIGIN,
	saveOrigin: baseUrl ?? WAYBACK_ORIGIN,
	save: values.save,
	dryRun,
	limit: count('limit', values.limit),
	delayMs: must('delay', values.delay),
	saveDelayMs: must('save-delay', values['save-delay']),
	backoffMs: must('backoff', values.backoff),
	maxWaitMs: must('max-wait', values['max-wait']),
	retries: must('retries', values.retries),
	maxDays: must('max-days', values['max-days']),
	timeoutMs: 30_000,
	saveTimeoutMs: 120_000,
	userAgent: `paris-talks-tracker-archive (+${SITE.repository})`,
	onOutcome: (outcome) => {
		console.log(formatOutcome(outcome));
	},
	onNote: (note) => {
		console.log(`  … ${note}`);
	},
});
console.log(formatArchiveSummary(run.outcomes, { dryRun }));

let gateOk = true;
if (run.changed.length > 0) {
	const gate = checkChangedFiles(values.root, run.changed, {
		timeZone: SITE.timeZone,
		launched: SITE.launched,
		today: values.today,
	});
	for (const line of gate.lines) console.log(line);
	gateOk = gate.ok;
}
process.exitCode = hasFailures(run.outcomes) || !gateOk ? 1 : 0;
