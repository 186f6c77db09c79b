/**
 * The latest gate run, shared between the content-gate integration (loaded with astro.config.mjs)
 * and the content loader (loaded by Vite with src/content.config.ts). They are two module graphs in
 * one process, so a module-level variable would exist twice; a global keyed by a registered symbol
 * exists once. The integration writes it before Astro syncs content; the loader reads it.
 */
import type { GateRun } from './run-gate.ts';

const KEY = Symbol.for('paris-talks-tracker.gate-run');

interface Holder {
	[KEY]?: { root: string; run: GateRun };
}

/** Records the gate's latest run over `root`. */
export function setGateRun(root: string, run: GateRun): void {
	(globalThis as Holder)[KEY] = { root, run };
}

/** The latest run over `root`, if the integration made one in this process. */
export function getGateRun(root: string): GateRun | undefined {
	const held = (globalThis as Holder)[KEY];
	return held?.root === root ? held.run : undefined;
}
