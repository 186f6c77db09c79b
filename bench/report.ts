/**
 * The bench's figures and how they are printed: Markdown tables (so a run can be pasted into the
 * README) with the ratio project ÷ baseline next to every figure both sites have.
 */
import type { DistSize, PageTypeWeight } from './dist-size.ts';

/** The steps measured, in the order they run. */
export const STEPS = {
	gateInProcess: 'gate, in process',
	gateCommand: 'gate, as a command',
	coldBuild: 'cold build',
	warmBuild: 'warm rebuild',
	addOneBuild: 'rebuild after adding 1',
} as const;

/** A step's key in `STEPS`. */
export type StepName = keyof typeof STEPS;

/** The figures of one step. */
export interface StepFigures {
	/** Wall time (the median when the step ran more than once). */
	seconds: number;
	msPerArticle: number;
	/** Peak RSS of the whole process tree, bytes (for the in-process gate: the bench's own peak). */
	peakRss: number;
	/** Peak RSS of the largest single process, bytes. */
	peakProcessRss: number;
	/** Every run's wall time, when the step ran more than once. */
	runs?: number[];
	/** The machine's 1-minute load average when the step started: above the core count, times are noisy. */
	loadBefore?: number;
}

/** Everything measured on one site. */
export interface SiteFigures {
	articles: number;
	steps: Partial<Record<StepName, StepFigures>>;
	dist?: DistSize;
	pageTypes?: PageTypeWeight[];
}

const MB = 1024 * 1024;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / MB).toFixed(1)} MiB`;

/** `a ÷ b` to two digits and a ×, or — when either is missing. */
export function formatRatio(a: number | undefined, b: number | undefined): string {
	if (a === undefined || b === undefined || b === 0) return '—';
	const ratio = a / b;
	return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

/** The ratio as a number for the JSON, or null when either side is missing. */
export function toRatio(a: number | undefined, b: number | undefined): number | null {
	return a === undefined || b === undefined || b === 0 ? null : Number((a / b).toFixed(3));
}

function table(header: string[], rows: string[][]): string[] {
	const widths = header.map((cell, column) =>
		Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: string[]) =>
		`| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
	return [
		line(header),
		`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
		...rows.map(line),
	];
}

/** The timing table: wall seconds, ms per article and peak memory, each with its ratio. */
export function formatStepTable(
	project: SiteFigures | undefined,
	baseline: SiteFigures | undefined,
): string[] {
	const value = (figures: StepFigures | undefined, format: (f: StepFigures) => string) =>
		figures ? format(figures) : '—';
	const rows = (Object.keys(STEPS) as StepName[])
		.filter((step) => project?.steps[step] ?? baseline?.steps[step])
		.map((step) => {
			const p = project?.steps[step];
			const b = baseline?.steps[step];
			return [
				STEPS[step],
				value(p, (f) => f.seconds.toFixed(2)),
				value(b, (f) => f.seconds.toFixed(2)),
				formatRatio(p?.seconds, b?.seconds),
				value(p, (f) => f.msPerArticle.toFixed(2)),
				value(b, (f) => f.msPerArticle.toFixed(2)),
				formatRatio(p?.msPerArticle, b?.msPerArticle),
				value(p, (f) => (f.peakRss / MB).toFixed(0)),
				value(b, (f) => (f.peakRss / MB).toFixed(0)),
				formatRatio(p?.peakRss, b?.peakRss),
			];
		});
	return table(
		[
			'step',
			'project s',
			'baseline s',
			'×',
			'project ms/article',
			'baseline ms/article',
			'×',
			'project peak MiB',
			'baseline peak MiB',
			'×',
		],
		rows,
	);
}

/** The output table: dist/ size, files and pages, with ratios. */
export function formatDistTable(
	project: SiteFigures | undefined,
	baseline: SiteFigures | undefined,
): string[] {
	const row = (label: string, pick: (d: DistSize) => number, format: (n: number) => string) => {
		const p = project?.dist ? pick(project.dist) : undefined;
		const b = baseline?.dist ? pick(baseline.dist) : undefined;
		return [
			label,
			p === undefined ? '—' : format(p),
			b === undefined ? '—' : format(b),
			formatRatio(p, b),
		];
	};
	return table(
		['built output (cold build)', 'project', 'baseline', '×'],
		[
			row('dist/ size', (d) => d.bytes, mib),
			row('files in dist/', (d) => d.files, String),
			row('HTML pages', (d) => d.pages, String),
			row('search index (dist/pagefind/)', (d) => d.searchIndexBytes, kib),
		],
	);
}

/** Page weights per page type (HTML + linked CSS), the baseline's where it has the same type. */
export function formatPageTable(
	project: SiteFigures | undefined,
	baseline: SiteFigures | undefined,
): string[] {
	const types = project?.pageTypes ?? baseline?.pageTypes ?? [];
	const other = new Map(
		(project ? (baseline?.pageTypes ?? []) : []).map((type) => [type.type, type]),
	);
	return table(
		[
			'page type',
			'pages',
			'median',
			'median gzip',
			'max gzip',
			'heaviest',
			'with scripts',
			'baseline median gzip',
			'×',
		],
		types.map((type) => {
			const b = other.get(type.type);
			return [
				type.type,
				String(type.pages),
				kib(type.medianRaw),
				kib(type.medianGzip),
				kib(type.maxGzip),
				type.heaviest,
				String(type.withScripts),
				b ? kib(b.medianGzip) : '—',
				formatRatio(type.medianGzip, b?.medianGzip),
			];
		}),
	);
}
