/**
 * `npm run check:freeze -- --base origin/main`: the publication freeze. Compares every article
 * published on the base branch with the working tree and fails when one changed without a new
 * correction (see src/lib/gate/freeze.ts). CI runs it on pull requests, against the branch they target.
 *
 *   --base REF   the published state (default origin/main); compared from where this branch left
 *                it (git merge-base), so articles corrected on main since are not counted as changes
 *   --format F   text (default) or github (annotations on the pull request)
 *   --root DIR   the repository (default .)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFreeze, type ArticleVersions } from '../src/lib/gate/freeze.ts';
import { getProblemFormat, PROBLEM_FORMATS } from '../src/lib/gate/github-format.ts';
import { COLLECTIONS, CONTENT_DIR } from '../src/lib/content/layout.ts';

const { values } = parseArgs({
	options: {
		base: { type: 'string', default: 'origin/main' },
		format: { type: 'string', default: 'text' },
		root: { type: 'string', default: '.' },
	},
});

const format = getProblemFormat(values.format);
if (!format) {
	console.error(
		`--format: "${values.format}" is not a format — use ${Object.keys(PROBLEM_FORMATS).join(' or ')}`,
	);
	process.exit(2);
}

const git = (args: string[]) =>
	execFileSync('git', args, {
		cwd: values.root,
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});

let base: string;
try {
	base = git(['rev-parse', '--verify', '--quiet', `${values.base}^{commit}`])
		.toString()
		.trim();
} catch {
	console.error(
		`--base: "${values.base}" is not a commit here — fetch it first (git fetch origin main), or in CI check out with fetch-depth: 0`,
	);
	process.exit(2);
}
try {
	// Where this branch left the base: an article corrected on main since then is not this branch's change.
	base = git(['merge-base', base, 'HEAD']).toString().trim();
} catch {
	// No common history (a shallow clone): compare with the base itself.
}

const folder = `${CONTENT_DIR}/${COLLECTIONS.articles.folder}/`;
const published = git(['ls-tree', '-r', '-z', '--name-only', base, '--', folder])
	.toString()
	.split('\0')
	.filter((path) => path.endsWith(COLLECTIONS.articles.extension));

const articles: ArticleVersions[] = published.map((file) => {
	const path = join(values.root, file);
	return {
		file,
		published: git(['show', `${base}:${file}`]),
		current: existsSync(path) ? readFileSync(path) : undefined,
	};
});

const problems = checkFreeze(articles);
for (const problem of problems) console.log(format(problem));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
console.log(
	`${plural(articles.length, 'published article')} compared with ${values.base}: ${plural(problems.length, 'problem')}`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
