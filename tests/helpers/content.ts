/** The real content tree, read and checked by the same gate the build uses. */
import { join } from 'node:path';
import { checkContent, type GateResult } from '../../src/lib/gate/gate.ts';
import { readContentTree } from '../../src/node/read-tree.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

let result: GateResult | undefined;

/** The checked content of this repository (read once per test file). */
export function getContent(): GateResult['content'] {
	result ??= checkContent(readContentTree(ROOT), { today: new Date(Date.UTC(2100, 0, 1)) });
	return result.content;
}
