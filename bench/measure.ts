/**
 * Runs a command and measures it: wall time, and peak memory of the whole process tree (the
 * resident set sizes of the command and all its descendants, summed, polled from /proc), next to
 * the largest single process's peak as GNU time reports it (which polling can miss between polls).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

/** What one measured command did. */
export interface Measurement {
	seconds: number;
	/** Peak summed RSS of the process tree, in bytes (polled every 100 ms); 0 without /proc. */
	peakTreeRss: number;
	/** Peak RSS of the largest single process, in bytes, from /usr/bin/time; 0 without it. */
	peakProcessRss: number;
	exitCode: number;
}

const PAGE_SIZE = 4096;
const TIME = '/usr/bin/time';

/** Parent and RSS (bytes) of every process, from /proc/<pid>/stat. */
function readProcesses(): Map<number, { parent: number; rss: number }> {
	const processes = new Map<number, { parent: number; rss: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// Fields after the command name, which is in parentheses and may hold spaces.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			processes.set(Number(name), {
				parent: Number(fields[1]),
				rss: Number(fields[21]) * PAGE_SIZE,
			});
		} catch {
			// The process ended between listing and reading.
		}
	}
	return processes;
}

function treeRss(root: number): number {
	const processes = readProcesses();
	const children = new Map<number, number[]>();
	for (const [pid, { parent }] of processes) {
		children.set(parent, [...(children.get(parent) ?? []), pid]);
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop() as number;
		total += processes.get(pid)?.rss ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * Runs `command args` in `cwd`, writing its output to `logFile`.
 * @param env the whole environment of the command.
 */
export function measure(
	command: string,
	args: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<Measurement> {
	const timeFile = `${options.logFile}.maxrss`;
	const useTime = existsSync(TIME);
	const [file, argv] = useTime
		? [TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
		: [command, [...args]];
	const log = createWriteStream(options.logFile);
	const start = performance.now();
	const child = spawn(file, argv, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.pipe(log, { end: false });
	child.stderr.pipe(log, { end: false });
	let peakTreeRss = 0;
	const hasProc = existsSync('/proc/self/stat');
	const poll = setInterval(() => {
		if (hasProc && child.pid !== undefined) peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid));
	}, 100);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - start) / 1000;
			clearInterval(poll);
			log.end();
			let peakProcessRss = 0;
			if (useTime && existsSync(timeFile)) {
				// GNU time writes "Command exited with non-zero status N" first when it fails.
				const kib = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
				peakProcessRss = Number.isFinite(kib) ? kib * 1024 : 0;
				rmSync(timeFile);
			}
			resolve({
				seconds,
				peakTreeRss: Math.max(peakTreeRss, peakProcessRss),
				peakProcessRss,
				exitCode: code ?? 1,
			});
		});
	});
}
