/**
 * The status vocabulary, enforced from the sources (issue 12): a claim, an event or one version
 * of an attendance record may not be more certain than the sources it cites.
 *
 * - `confirmed` needs two independent publishers, or one official source (type `official`, or a
 *   copy of an official text marked `official: true`).
 * - `reported`, `expected`, `cancelled` and `unconfirmed` need one source, which the schemas
 *   already require; `reported` on two independent publishers is allowed (under-stated, not wrong).
 * - `disputed` needs two or more versions (the claim schema checks that), each with a source of
 *   its own: a version whose every source is also cited by another version is not a second account.
 *
 * Copies count once. A source counts as its `wire` when it copies, rewrites or relays an agency's
 * story, otherwise as its `publisher`; `via` (the site that carries the text) never adds a
 * publisher, so AP text on ten sites and a mirror of one outlet are each one publisher.
 */
import type { ContentSet, Entry } from '../content/entries.ts';
import { citedSourceId, type citation } from '../schema/shared.ts';
import type { Source } from '../schema/source.ts';
import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problem.ts';

/** A cited source as the rule sees it: the id it is cited by, and its data. */
export interface CitedSource {
	id: string;
	source: Source;
}

/** One publisher and the cited sources that count as it. */
export interface PublisherGroup {
	/** The name as first written, e.g. "AP". */
	name: string;
	ids: string[];
}

/**
 * Whether a source counts as official: its type says so, or it is a copy of an official text
 * (`official: true`), which the addendum counts as official for `confirmed`.
 */
export function isOfficial(source: Source): boolean {
	return source.type === 'official' || source.official === true;
}

/** The publisher a source counts as: the agency it copies when it names one, else its publisher. */
export function getCountedPublisher(source: Source): string {
	return source.wire ?? source.publisher;
}

// "AP" and "ap" are one publisher, and so are "Agence France-Presse" and "Agence  France-Presse":
// only case and runs of spaces are forgiven, not spelling ("LeMonde" is not "Le Monde"). The
// schema has already trimmed the name.
const keyOf = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();

/** Groups cited sources by the publisher they count as, in order of first citation. */
export function groupByPublisher(cited: readonly CitedSource[]): PublisherGroup[] {
	const groups = new Map<string, PublisherGroup>();
	for (const { id, source } of cited) {
		const name = getCountedPublisher(source);
		const group = groups.get(keyOf(name));
		if (!group) groups.set(keyOf(name), { name, ids: [id] });
		else if (!group.ids.includes(id)) group.ids.push(id);
	}
	return [...groups.values()];
}

/** `AP: ap-wire, uslive-ap-rewrite`, the way a message lists the sources it counted. */
export function formatGroups(groups: readonly PublisherGroup[]): string {
	return groups.map((group) => `${group.name}: ${group.ids.join(', ')}`).join('; ');
}

/**
 * What is wrong with calling these sources `confirmed`, or undefined when they allow it.
 * The text is the "what is wrong" half of a message; the caller adds the fix for its field.
 */
export function explainUnconfirmed(
	cited: readonly CitedSource[],
	subject?: string,
): string | undefined {
	if (cited.some(({ source }) => isOfficial(source))) return undefined;
	const groups = groupByPublisher(cited);
	if (groups.length >= 2) return undefined;
	const counted =
		cited.length === 1
			? `its only source is one publisher (${formatGroups(groups)})`
			: `its sources count as one publisher (${formatGroups(groups)})`;
	const what = subject === undefined ? '"confirmed"' : `"confirmed" for ${subject}`;
	return `${what} needs two independent publishers or one official source; ${counted}`;
}

/**
 * For each version of a disputed claim (by position), the other versions that cite each of its
 * sources, when every one of its sources is also cited elsewhere; versions with a source of
 * their own are left out.
 */
export function findVersionsWithoutOwnSources(
	versions: ReadonlyArray<readonly string[]>,
): Array<{ index: number; shared: Array<{ id: string; alsoIn: number[] }> }> {
	return versions.flatMap((ids, index) => {
		const shared = ids.map((id) => ({
			id,
			alsoIn: versions.flatMap((other, otherIndex) =>
				otherIndex !== index && other.includes(id) ? [otherIndex] : [],
			),
		}));
		return shared.every((item) => item.alsoIn.length > 0) ? [{ index, shared }] : [];
	});
}

type Citations = ReadonlyArray<z.output<typeof citation>>;

const FIX_STATUS = 'set status: reported, or cite a second independent source';
const FIX_BASIS = 'set basis: reported, or cite a second independent source';

/** Runs the status rules over every claim and event; see the file comment. */
export function checkStatuses(content: ContentSet): Problem[] {
	const sources = new Map(content.sources.map((entry) => [entry.id, entry.data]));
	// A source that is unknown, or whose file has its own errors, cannot be counted: the entry is
	// left alone rather than blamed for a count that is too low (the other problem is reported).
	const resolve = (list: Citations | undefined): CitedSource[] | undefined => {
		const cited: CitedSource[] = [];
		for (const id of (list ?? []).map(citedSourceId)) {
			const source = sources.get(id);
			if (!source) return undefined;
			cited.push({ id, source });
		}
		return cited;
	};
	const confirmed = (
		entry: Entry<unknown>,
		path: PropertyKey[],
		list: Citations | undefined,
		fix: string,
		subject?: string,
	): Problem[] => {
		const cited = resolve(list);
		const wrong = cited && explainUnconfirmed(cited, subject);
		return wrong ? [problem(entry, path, `${wrong} — ${fix}`)] : [];
	};

	const claims = content.claims.flatMap((entry) => {
		const { status, sources: cited, versions } = entry.data;
		if (status === 'confirmed') return confirmed(entry, ['status'], cited, FIX_STATUS);
		if (status !== 'disputed' || !versions) return [];
		return findVersionsWithoutOwnSources(
			versions.map((version) => version.sources.map(citedSourceId)),
		).map(({ index, shared }) =>
			problem(
				entry,
				['versions', index, 'sources'],
				`a version of a disputed claim needs a source of its own; every source here is also cited by another version (${shared
					.map(
						({ id, alsoIn }) =>
							`${id} in ${alsoIn.map((other) => `versions, item ${other + 1}`).join(', ')}`,
					)
					.join(
						'; ',
					)}) — cite the source that gives this account, or merge it into the version it shares its sources with`,
			),
		);
	});

	const events = content.events.flatMap((entry) => [
		...(entry.data.status === 'confirmed'
			? confirmed(entry, ['status'], entry.data.sources, FIX_STATUS)
			: []),
		...entry.data.attendance.flatMap((record, recordIndex) =>
			record.versions.flatMap((version, versionIndex) =>
				version.basis === 'confirmed'
					? confirmed(
							entry,
							['attendance', recordIndex, 'versions', versionIndex, 'basis'],
							version.sources,
							FIX_BASIS,
							record.participant,
						)
					: [],
			),
		),
	]);

	return [...claims, ...events];
}

function problem(
	entry: Entry<unknown>,
	path: ReadonlyArray<PropertyKey>,
	message: string,
): Problem {
	const line = entry.lineOf(path);
	const base: Problem = { file: entry.file, field: formatPath(path), message, severity: 'error' };
	return line === undefined ? base : { ...base, line };
}
