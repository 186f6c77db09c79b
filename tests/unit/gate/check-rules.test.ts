/**
 * checkRules over a hand-made content set: participant kinds, publication dates, duplicate source
 * addresses and unknown references, each with the field, line and message it reports.
 */
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, ContentSet, Entry } from '../../../src/lib/content/entries.ts';
import type { CollectionName } from '../../../src/lib/content/layout.ts';
import { formatProblem } from '../../../src/lib/gate/problem.ts';
import { checkRules, type RuleOptions } from '../../../src/lib/gate/rules.ts';
import { articleSchema } from '../../../src/lib/schema/article.ts';
import { participantSchema } from '../../../src/lib/schema/participant.ts';
import { sourceSchema } from '../../../src/lib/schema/source.ts';

const LINES: Record<string, number> = { country: 4, 'roles.0.of': 7, published: 3, url: 2 };

function entry<T>(collection: string, id: string, data: T): Entry<T> {
	return {
		id,
		file: `content/${collection}/${id}.yaml`,
		data,
		lineOf: (path) => LINES[path.map(String).join('.')],
	};
}

const source = (id: string, url: string) =>
	entry(
		'sources',
		id,
		sourceSchema.parse({
			publisher: 'BBC',
			title: `Document ${id}`,
			url,
			published: 'unknown',
			accessed: '2026-11-24',
			archived: null,
			type: 'outlet',
			language: 'en',
		}),
	);

const participant = (id: string, fields: Record<string, unknown>) =>
	entry(
		'participants',
		id,
		participantSchema.parse({ name: id, summary: 'Someone.', sources: ['bbc'], ...fields }),
	);

const article = (id: string, published: string, updated?: string): ArticleEntry => ({
	...entry(
		'articles',
		id,
		articleSchema.parse({
			title: 'A title',
			standfirst: 'A standfirst.',
			kind: 'report',
			published,
			...(updated ? { updated } : {}),
		}),
	),
	file: `content/articles/${id}.md`,
	body: 'Text.[^bbc]',
	bodyLine: 8,
	citedSources: ['bbc'],
	links: [],
	tree: { type: 'root', children: [] } satisfies Root,
});

function contentOf(parts: Partial<ContentSet>): ContentSet {
	return {
		articles: [],
		events: [],
		participants: [],
		sources: [source('bbc', 'https://example.org/bbc')],
		claims: [],
		blockedDomains: [],
		...parts,
	};
}

function options(content: ContentSet, extra: Partial<RuleOptions> = {}): RuleOptions {
	const ids = (name: CollectionName) => new Set(content[name].map((e: Entry<unknown>) => e.id));
	return {
		today: new Date(Date.UTC(2026, 11, 2)),
		ids: {
			articles: ids('articles'),
			events: ids('events'),
			participants: ids('participants'),
			sources: ids('sources'),
			claims: ids('claims'),
		},
		allEntriesRead: true,
		...extra,
	};
}

const lines = (content: ContentSet, extra?: Partial<RuleOptions>) =>
	checkRules(content, options(content, extra)).map(formatProblem);

describe('checkRules', () => {
	it('refuses a person whose country is not a country, and a role held in a person', () => {
		const content = contentOf({
			participants: [
				participant('france', { kind: 'country' }),
				participant('nato', { kind: 'organisation' }),
				participant('lecornu', {
					kind: 'person',
					country: 'nato',
					roles: [{ title: 'Minister', of: 'macron', period: 'March 2025', sources: ['bbc'] }],
				}),
				participant('macron', {
					kind: 'person',
					country: 'france',
					roles: [{ title: 'President', of: 'france', period: 'March 2025', sources: ['bbc'] }],
				}),
			],
		});
		expect(lines(content)).toMatchInlineSnapshot(`
			[
			  "content/participants/lecornu.yaml:4: country: "nato" is not a country — point \`country\` at a participant with kind: country",
			  "content/participants/lecornu.yaml:7: roles, item 1, of: "macron" is a person — a role is held in a country or an organisation",
			]
		`);
	});

	it('refuses an article published after today or before launch, and one updated after today', () => {
		const content = contentOf({
			articles: [
				article('future', '2026-12-03'),
				article('today', '2026-12-02', '2026-12-02'),
				article('back-dated', '2026-11-25'),
				article('launch-day', '2026-11-26'),
				article('updated-later', '2026-11-27', '2026-12-05'),
			],
		});
		expect(lines(content, { launched: new Date(Date.UTC(2026, 10, 26)) })).toMatchInlineSnapshot(`
			[
			  "content/articles/future.md:3: published: is after today (2 December 2026) — use the day the article is published",
			  "content/articles/back-dated.md:3: published: is before the site went live (26 November 2026) — use the day the article is published here, not the day of the events",
			  "content/articles/updated-later.md: updated: is after today (2 December 2026) — use the day of the change",
			]
		`);
	});

	it('allows any past day when no launch day is given', () => {
		const content = contentOf({ articles: [article('old', '2025-03-11')] });
		expect(lines(content)).toEqual([]);
	});

	it('warns on two or more sources with the same address, naming the others', () => {
		const content = contentOf({
			sources: [
				source('bbc', 'https://example.org/same'),
				source('bbc-copy', 'https://example.org/same'),
				source('bbc-third', 'https://example.org/same'),
				source('other', 'https://example.org/other'),
			],
			articles: [article('cites', '2026-11-27')],
		});
		const found = lines(content).filter((line) => line.includes('same as'));
		expect(found).toMatchInlineSnapshot(`
			[
			  "content/sources/bbc.yaml:2: url: warning: is the same as in "bbc-copy", "bbc-third" — keep one source per document",
			  "content/sources/bbc-copy.yaml:2: url: warning: is the same as in "bbc", "bbc-third" — keep one source per document",
			  "content/sources/bbc-third.yaml:2: url: warning: is the same as in "bbc", "bbc-copy" — keep one source per document",
			]
		`);
	});

	it('reports a reference to an entry that does not exist, with the file to add', () => {
		const content = contentOf({
			participants: [participant('france', { kind: 'country', sources: ['no-such-source'] })],
		});
		expect(lines(content)).toMatchInlineSnapshot(`
			[
			  "content/participants/france.yaml: sources, item 1: "no-such-source" is not in content/sources/ — fix the id (npm run new -- --list sources shows them all) or create content/sources/no-such-source.yaml",
			  "content/sources/bbc.yaml: source: warning: is never cited — cite it from an article, event, participant or claim, or delete the file",
			]
		`);
	});

	it('reports an error, without a line when the file has none for the field', () => {
		const content = contentOf({
			participants: [participant('nowhere', { kind: 'country', sources: ['no-such-source'] })],
		});
		expect(checkRules(content, options(content)).at(0)).toStrictEqual({
			file: 'content/participants/nowhere.yaml',
			field: 'sources, item 1',
			message:
				'"no-such-source" is not in content/sources/ — fix the id (npm run new -- --list sources shows them all) or create content/sources/no-such-source.yaml',
			severity: 'error',
		});
	});

	it('does not call an unknown country "not a country": it is reported as unknown only', () => {
		const content = contentOf({
			participants: [participant('lecornu', { kind: 'person', country: 'atlantis' })],
		});
		expect(lines(content)).toEqual([
			'content/participants/lecornu.yaml:4: country: "atlantis" is not in content/participants/ — fix the id (npm run new -- --list participants shows them all) or create content/participants/atlantis.yaml',
		]);
	});

	it('refuses a source address, an archived copy and a body link on a blocked domain', () => {
		const blocked = {
			...entry('blocked-domains', 'news-pravda.com', {
				id: 'news-pravda.com',
				reason: 'Why.',
				references: [],
			}),
		};
		const onBlocked = {
			...source('copied', 'https://fr.news-pravda.com/story'),
		};
		const archivedOnBlocked = source('archived', 'https://example.org/fine');
		archivedOnBlocked.data = {
			...archivedOnBlocked.data,
			archived: 'https://news-pravda.com/copy',
		};
		const linking = article('linking', '2026-11-27');
		linking.links = [
			{ url: 'https://news-pravda.com/x', line: 12 },
			{ url: 'https://example.org/ok', line: 13 },
		];
		const content = contentOf({
			sources: [source('bbc', 'https://example.org/bbc'), onBlocked, archivedOnBlocked],
			articles: [linking],
			blockedDomains: [blocked],
		});
		const found = lines(content).filter((line) => line.includes('blocked domain'));
		expect(found).toEqual([
			'content/sources/copied.yaml:2: url: points at news-pravda.com, a blocked domain (see content/blocked-domains.yaml) — cite another source for this fact',
			'content/sources/archived.yaml: archived: points at news-pravda.com, a blocked domain (see content/blocked-domains.yaml) — cite another source for this fact',
			'content/articles/linking.md:12: body: points at news-pravda.com, a blocked domain (see content/blocked-domains.yaml) — cite another source for this fact',
		]);
	});

	it('counts a source cited from any entry as cited, but not a participant of the same id', () => {
		const aboutFrance = article('about-france', '2026-11-27');
		aboutFrance.data = { ...aboutFrance.data, participants: ['france'] };
		const content = contentOf({
			sources: [
				source('bbc', 'https://example.org/bbc'),
				source('france', 'https://example.org/france'),
				source('from-participant', 'https://example.org/p'),
			],
			participants: [participant('france', { kind: 'country', sources: ['from-participant'] })],
			articles: [aboutFrance],
		});
		expect(lines(content).filter((line) => line.includes('never cited'))).toEqual([
			'content/sources/france.yaml: source: warning: is never cited — cite it from an article, event, participant or claim, or delete the file',
		]);
	});

	it('calls no source uncited while some entry could not be read', () => {
		const content = contentOf({ sources: [source('lonely', 'https://example.org/lonely')] });
		expect(lines(content, { allEntriesRead: false })).toEqual([]);
	});
});
