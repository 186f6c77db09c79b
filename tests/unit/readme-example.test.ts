/** The complete example article in the README must pass the gate against the real content. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/gate/gate.ts';
import { formatProblem } from '../../src/lib/gate/problem.ts';
import { readContentTree } from '../../src/node/read-tree.ts';
import { ROOT } from '../helpers/content.ts';

describe('README', () => {
	it('shows an example article that the gate accepts', () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const example = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(example).toBeDefined();
		const files = [
			...readContentTree(ROOT),
			{
				path: 'content/articles/readme-example.md',
				kind: 'file' as const,
				bytes: new TextEncoder().encode(example),
			},
		];
		const result = checkContent(files, { today: new Date(Date.UTC(2026, 11, 31)) });
		expect(
			result.problems.filter((problem) => problem.severity === 'error').map(formatProblem),
		).toEqual([]);
		const article = result.content.articles.find((entry) => entry.id === 'readme-example');
		expect(article).toBeDefined();
		// A new article has no corrections: CONTRIBUTING.md says they are added after publication.
		expect(article?.data.corrections).toEqual([]);
	});
});
