/** What `npm run new` needs to know about content/ before and after it drafts a file. */
import { checkContent, type ContentFile } from '../gate/gate.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../content/layout.ts';
import { decodeText, parseYamlFile } from '../content/parse-file.ts';
import type { Problem } from '../gate/problem.ts';
import type { ScaffoldContext } from './fields.ts';
import type { Plan } from './scaffold.ts';

/**
 * The ids of every file in each collection (valid or not: a broken file still owns its name) and
 * the kind of each participant.
 * @param today YYYY-MM-DD in the site's time zone
 */
export function toScaffoldContext(files: readonly ContentFile[], today: string): ScaffoldContext {
	const ids = Object.fromEntries(
		COLLECTION_NAMES.map((name) => [name, new Set<string>()]),
	) as Record<CollectionName, Set<string>>;
	const participantKinds = new Map<string, string>();
	for (const file of files) {
		const [, folder = '', name = '', ...deeper] = file.path.split('/');
		if (file.kind === 'directory' || deeper.length > 0 || !(folder in COLLECTIONS)) continue;
		const collection = folder as CollectionName;
		const { extension } = COLLECTIONS[collection];
		// Lower-cased, as Astro folds ids: `Paris.md` would take the id of a new `paris.md`.
		const id = name.replace(/\.[^.]*$/, '').toLowerCase();
		ids[collection].add(id);
		if (collection === 'participants' && name.endsWith(extension) && file.bytes) {
			const kind = readKind(file.bytes);
			if (kind) participantKinds.set(id, kind);
		}
	}
	return { today, ids, participantKinds };
}

function readKind(bytes: Uint8Array): string | undefined {
	const decoded = decodeText(bytes);
	if (!('text' in decoded)) return undefined;
	const parsed = parseYamlFile(decoded.text);
	if (!('data' in parsed) || parsed.data === null || typeof parsed.data !== 'object')
		return undefined;
	const kind = (parsed.data as Record<string, unknown>)['kind'];
	return typeof kind === 'string' ? kind : undefined;
}

/**
 * Runs the whole gate as if the drafted file were already in content/, and returns the problems
 * it would have, except its TODO placeholders. Running all of it, not just the schema, also catches what only the cross-entry
 * rules see, such as a date before the site went live.
 */
export function checkPlan(
	files: readonly ContentFile[],
	plan: Plan,
	options: { today: Date; launched?: Date },
): Problem[] {
	const draft: ContentFile = {
		path: plan.file,
		kind: 'file',
		bytes: new TextEncoder().encode(plan.text),
	};
	const result = checkContent([...files.filter((file) => file.path !== plan.file), draft], options);
	// The draft's TODO lines are meant to be there: the contributor replaces them before the gate
	// will let the entry be published.
	return result.problems.filter(
		(problem) => problem.file === plan.file && problem.rule !== 'placeholder',
	);
}
