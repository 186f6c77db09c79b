/**
 * Runs the content gate before Astro loads any content, once per build, and shares the result
 * with the content loader (src/node/content-loader.ts), which stores what the gate validated.
 *
 * - `astro build`, `check`, `sync`: on any error, prints the problems exactly as
 *   `npm run check:content` does, then the summary, and stops the command (exit 1) — no stack
 *   trace, and no second copy of the message from Astro.
 * - `astro dev`: prints the problems once per change, and while any error remains every page
 *   shows the list in the browser, naming each file, line and fix; a fix reloads the page.
 * https://docs.astro.build/en/reference/integrations-reference/
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/content/layout.ts';
import { toProblemPage } from '../lib/gate/problem-page.ts';
import { CONTENT_LOADER_NAME } from '../node/content-loader.ts';
import { setGateRun } from '../node/gate-state.ts';
import { runGate, type GateOptions, type GateRun } from '../node/run-gate.ts';

function print(logger: AstroIntegrationLogger, run: GateRun) {
	// Plain lines, as check:content prints them, so editors and terminals turn them into links.
	for (const line of run.lines) console.error(line);
	if (run.failed) logger.error(`${run.summary} — fix them, then run npm run check:content`);
	else logger.info(run.summary);
}

/** The integration; `timeZone` decides what "today" is for publication dates. */
export function contentGate(options: GateOptions): AstroIntegration {
	let root = process.cwd();
	let latest: GateRun | undefined;
	const check = () => {
		latest = runGate(root, options);
		setGateRun(root, latest);
		return latest;
	};
	return {
		name: 'content-gate',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				// `astro preview` serves an existing build; the gate ran when it was built.
				if (command === 'preview') return;
				const run = check();
				print(logger, run);
				if (run.failed && command !== 'dev') process.exit(1);
			},
			'astro:server:setup': ({ server, logger, refreshContent }) => {
				// While the content has errors, every page is the list of problems (HTML requests only:
				// Vite's own modules and assets pass, so the page can still reload itself).
				server.middlewares.use((request, response, next) => {
					const accepts = request.headers.accept ?? '';
					if (!latest?.failed || !accepts.includes('text/html')) {
						next();
						return;
					}
					response.statusCode = 500;
					response.setHeader('content-type', 'text/html; charset=utf-8');
					response.end(toProblemPage(latest.lines, latest.summary));
				});
				// `root` already ends with a separator; join() normalises it, or no path would match.
				const contentDir = join(root, CONTENT_DIR) + sep;
				// One save can fire several events (an editor's write and rename): check once per burst.
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.add(contentDir);
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(contentDir)) return;
					clearTimeout(timer);
					timer = setTimeout(() => {
						const before = latest;
						const run = check();
						const same =
							before?.failed === run.failed && before.lines.join('\n') === run.lines.join('\n');
						if (!same || !run.failed) print(logger, run);
						void (async () => {
							if (!run.failed) await refreshContent?.({ loaders: [CONTENT_LOADER_NAME] });
							server.ws.send({ type: 'full-reload' });
						})();
					}, 100);
				});
			},
		},
	};
}
