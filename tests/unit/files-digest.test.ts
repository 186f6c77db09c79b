import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestFiles } from '../../src/node/files-digest.ts';

describe('digestFiles', () => {
	it('changes when a file changes, and not otherwise', () => {
		const dir = mkdtempSync(join(tmpdir(), 'digest-'));
		writeFileSync(join(dir, 'a.yaml'), 'publisher: AP\n');
		mkdirSync(join(dir, 'sub'));
		const before = digestFiles([dir]);
		expect(digestFiles([dir])).toBe(before);
		writeFileSync(join(dir, 'a.yaml'), 'publisher: Reuters\n');
		expect(digestFiles([dir])).not.toBe(before);
	});
});
