/**
 * `npm run check:freeze`: the publication freeze. Compares every article published on the base
 * branch with the working tree and fails when one changed without a new correction (see
 * src/lib/gate/freeze.ts). CI runs it on pull requests, against the branch they target; `npm test`
 * runs it against the project's main when this clone has it.
 *
 *   --base REF   the published state; compared from where this branch left it (git merge-base),
 *                so articles corrected on main since are not counted as changes. Without it:
 *                upstream/main if there is an `upstream` remote, else origin/main, else the check
 *                is skipped with a note (src/node/freeze-base.ts)
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
import { findFreezeBase, freezeBaseCandidates } from '../src/node/freeze-base.ts';

const { values } = parseArgs({
	options: {
		base: { type: 'string' },
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

const resolve = (ref: string) => {
	try {
		return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
			.toString()
			.trim();
	} catch {
		return undefined;
	}
};

let baseRef = values.base;
if (baseRef === undefined) {
	let remotes: string[] = [];
	try {
		remotes = git(['remote']).toString().split('\n').filter(Boolean);
	} catch {
		// Not a git repository: no remotes, so nothing to compare with.
	}
	baseRef = findFreezeBase(remotes, (ref) => resolve(ref) !== undefined);
	if (baseRef === undefined) {
		console.log(
			`publication freeze: skipped — no ${freezeBaseCandidates(remotes).join(' or ')} to compare with (add the project: git remote add upstream <its URL>, then git fetch upstream)`,
		);
		process.exit(0);
	}
}
const resolved = resolve(baseRef);
if (resolved === undefined) {
	console.error(
		`--base: "${baseRef}" is not a commit here — fetch it first (git fetch origin main), or in CI check out with fetch-depth: 0`,
	);
	process.exit(2);
}
let base = resolved;
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
	`${plural(articles.length, 'published article')} compared with ${baseRef}: ${plural(problems.length, 'problem')}`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
