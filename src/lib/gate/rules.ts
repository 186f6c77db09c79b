/**
 * Checks across collections, over plain data: references that point nowhere, sources on a blocked
 * domain, sources nobody cites, dates that cannot be right yet, and statuses more certain than
 * their sources (status-rules.ts). Astro itself only logs a dangling reference and links it to
 * /undefined/, so these rules are what keeps the site whole.
 */
import { formatDay } from '../dates.ts';
import type { ContentSet, Entry } from '../content/entries.ts';
import type { CollectionName } from '../content/layout.ts';
import type { Problem } from './problem.ts';
import { formatPath } from './problem.ts';
import { unknownIdFix } from './unknown-id.ts';
import { checkTagSpelling } from './tag-rules.ts';
import { checkCorrectionDates } from './correction-rules.ts';
import {
	articleReferences,
	claimReferences,
	eventReferences,
	participantReferences,
	type Reference,
} from './references.ts';
import { checkStatuses } from './status-rules.ts';

export interface RuleOptions {
	/** Today's date (UTC midnight); nothing may be published after it. */
	today: Date;
	/** The day the site went live (UTC midnight): an article published before it is back-dated. */
	launched?: Date;
	/**
	 * Ids of every file found per collection, valid or not: a reference to an entry whose file has
	 * its own errors is not reported again as unknown.
	 */
	ids: Record<CollectionName, ReadonlySet<string>>;
	/**
	 * Whether every entry could be read. When one could not, its citations are unknown, so no
	 * source is called uncited: a contributor might otherwise delete a source that is in use.
	 */
	allEntriesRead: boolean;
}

/** Runs every cross-collection rule and returns the problems found. */
export function checkRules(content: ContentSet, options: RuleOptions): Problem[] {
	return [
		...checkReferences(content, options.ids),
		...checkParticipantKinds(content),
		...checkBlockedDomains(content),
		...checkPublicationDates(content, options),
		...(options.allEntriesRead ? checkUncitedSources(content) : []),
		...checkDuplicateSourceUrls(content),
		...checkStatuses(content),
		...checkTagSpelling(content),
		...checkCorrectionDates(content, options.today),
	];
}

/** A problem at a field of an entry, on that field's line. */
export function problem(
	entry: Entry<unknown>,
	path: ReadonlyArray<PropertyKey>,
	message: string,
	severity: Problem['severity'] = 'error',
): Problem {
	const line = entry.lineOf(path);
	const base = { file: entry.file, field: formatPath(path), message, severity };
	return line === undefined ? base : { ...base, line };
}

/** Every reference in every entry, with the entry that makes it. */
export function allReferences(
	content: ContentSet,
): Array<{ entry: Entry<unknown>; reference: Reference }> {
	const pairs = <T>(entries: Array<Entry<T>>, extract: (data: T) => Reference[]) =>
		entries.flatMap((entry) => extract(entry.data).map((reference) => ({ entry, reference })));
	return [
		...pairs(content.articles, articleReferences),
		...pairs(content.events, eventReferences),
		...pairs(content.participants, participantReferences),
		...pairs(content.claims, claimReferences),
	];
}

function checkReferences(content: ContentSet, known: RuleOptions['ids']): Problem[] {
	return allReferences(content)
		.filter(({ reference }) => !known[reference.collection].has(reference.id))
		.map(({ entry, reference }) =>
			problem(
				entry,
				reference.path,
				`"${reference.id}" is not in content/${reference.collection}/ — ${unknownIdFix(reference.id, reference.collection, known[reference.collection])}`,
			),
		);
}

function checkParticipantKinds(content: ContentSet): Problem[] {
	const kinds = new Map(content.participants.map((entry) => [entry.id, entry.data.kind]));
	return content.participants.flatMap((entry) => {
		const found: Problem[] = [];
		const { country, roles } = entry.data;
		if (country && kinds.has(country) && kinds.get(country) !== 'country') {
			found.push(
				problem(
					entry,
					['country'],
					`"${country}" is not a country — point \`country\` at a participant with kind: country`,
				),
			);
		}
		roles.forEach((role, index) => {
			if (role.of && kinds.get(role.of) === 'person') {
				found.push(
					problem(
						entry,
						['roles', index, 'of'],
						`"${role.of}" is a person — a role is held in a country or an organisation`,
					),
				);
			}
		});
		return found;
	});
}

/** The blocked domain that `url`'s host is, or is under; undefined if none. */
export function findBlockedDomain(url: string, domains: readonly string[]): string | undefined {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
	} catch {
		return undefined;
	}
	return domains.find((domain) => host === domain || host.endsWith(`.${domain}`));
}

function checkBlockedDomains(content: ContentSet): Problem[] {
	const domains = content.blockedDomains.map((entry) => entry.id);
	const blocked = (
		entry: Entry<unknown>,
		path: PropertyKey[],
		url: string,
		line?: number,
	): Problem[] => {
		const domain = findBlockedDomain(url, domains);
		if (!domain) return [];
		const found = problem(
			entry,
			path,
			`points at ${domain}, a blocked domain (see content/blocked-domains.yaml) — cite another source for this fact`,
		);
		return [line === undefined ? found : { ...found, line }];
	};
	return [
		...content.sources.flatMap((entry) => [
			...(entry.data.url ? blocked(entry, ['url'], entry.data.url) : []),
			...(entry.data.archived ? blocked(entry, ['archived'], entry.data.archived) : []),
		]),
		...content.articles.flatMap((entry) =>
			entry.links.flatMap((link) => blocked(entry, ['body'], link.url, link.line)),
		),
	];
}

function checkPublicationDates(content: ContentSet, { today, launched }: RuleOptions): Problem[] {
	return content.articles.flatMap((entry) => {
		const found: Problem[] = [];
		const { published, updated } = entry.data;
		if (published > today) {
			found.push(
				problem(
					entry,
					['published'],
					`is after today (${formatDay(today)}) — use the day the article is published`,
				),
			);
		}
		if (launched && published < launched) {
			found.push(
				problem(
					entry,
					['published'],
					`is before the site went live (${formatDay(launched)}) — use the day the article is published here, not the day of the events`,
				),
			);
		}
		if (updated && updated > today) {
			found.push(
				problem(
					entry,
					['updated'],
					`is after today (${formatDay(today)}) — use the day of the change`,
				),
			);
		}
		return found;
	});
}

function checkUncitedSources(content: ContentSet): Problem[] {
	const cited = new Set([
		...content.articles.flatMap((entry) => entry.citedSources),
		...allReferences(content)
			.filter(({ reference }) => reference.collection === 'sources')
			.map(({ reference }) => reference.id),
	]);
	return content.sources
		.filter((entry) => !cited.has(entry.id))
		.map((entry) =>
			problem(
				entry,
				[],
				'is never cited — cite it from an article, event, participant or claim, or delete the file',
				'warning',
			),
		)
		.map((found) => ({ ...found, field: 'source' }));
}

function checkDuplicateSourceUrls(content: ContentSet): Problem[] {
	const byUrl = new Map<string, string[]>();
	for (const entry of content.sources) {
		if (entry.data.url) byUrl.set(entry.data.url, [...(byUrl.get(entry.data.url) ?? []), entry.id]);
	}
	return content.sources.flatMap((entry) => {
		const others = (entry.data.url ? (byUrl.get(entry.data.url) ?? []) : []).filter(
			(id) => id !== entry.id,
		);
		return others.length > 0
			? [
					problem(
						entry,
						['url'],
						`is the same as in ${others.map((id) => `"${id}"`).join(', ')} — keep one source per document`,
						'warning',
					),
				]
			: [];
	});
}
