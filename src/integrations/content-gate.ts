/**
 * Runs the content gate before Astro reads any content, so `astro build` (and `astro check`, `sync`)
 * fail with every problem listed, exactly as `npm run check:content` prints them. Under
 * `astro dev` the problems are printed instead, and again each time a file in content/ changes.
 * https://docs.astro.build/en/reference/integrations-reference/
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIsoDate, todayIn } from '../lib/dates.ts';
import { checkContent } from '../lib/gate/gate.ts';
import { CONTENT_DIR } from '../lib/content/layout.ts';
import { formatProblem } from '../lib/gate/problem.ts';
import { readContentTree } from '../node/read-tree.ts';
import { formatSummary } from '../lib/gate/summary.ts';

/** Runs the gate over `root` and returns the printed lines, and whether any error was found. */
function runGate(root: string, timeZone: string, launched?: string) {
	const launchDate = launched ? parseIsoDate(launched) : undefined;
	const today = todayIn(new Date(), timeZone);
	const result = checkContent(
		readContentTree(root),
		launchDate ? { today, launched: launchDate } : { today },
	);
	return {
		failed: result.problems.some((problem) => problem.severity === 'error'),
		lines: [...result.problems.map(formatProblem), formatSummary(result)],
	};
}

function print(logger: AstroIntegrationLogger, lines: string[], failed: boolean) {
	const summary = lines.at(-1) ?? '';
	for (const line of lines.slice(0, -1)) {
		if (line.includes(': warning: ')) logger.warn(line);
		else logger.error(line);
	}
	if (failed) logger.error(summary);
	else logger.info(summary);
}

/** The integration; `timeZone` decides what "today" is for publication dates. */
export function contentGate(options: { timeZone: string; launched?: string }): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'content-gate',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				// `astro preview` serves an existing build; the gate ran when it was built.
				if (command === 'preview') return;
				const { failed, lines } = runGate(root, options.timeZone, options.launched);
				if (command === 'dev') {
					print(logger, lines, failed);
					return;
				}
				if (failed) {
					throw new Error(
						`The content gate found problems:\n${lines.join('\n')}\nFix them, or run npm run check:content to see them again.`,
					);
				}
				logger.info(lines.at(-1) ?? '');
			},
			'astro:server:setup': ({ server, logger }) => {
				// `root` already ends with a separator; join() normalises it, or no path would match.
				const contentDir = join(root, CONTENT_DIR) + sep;
				// One save can fire several events (an editor's write and rename): report once per burst.
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(contentDir)) return;
					clearTimeout(timer);
					timer = setTimeout(() => {
						const { failed, lines } = runGate(root, options.timeZone, options.launched);
						print(logger, lines, failed);
					}, 100);
				});
			},
		},
	};
}
