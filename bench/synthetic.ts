/**
 * Synthetic articles for the benchmark and for tests that build a large site. Pure: the same
 * options give the same files, byte for byte, with no clock, file system or global randomness.
 *
 * Each article is about 600 words of lorem-ipsum filler, so it can never be mistaken for a claim
 * of fact, with the Markdown a real article uses (## and ### headings, a list, a blockquote, two
 * https links, emphasis) and two `[^source-id]` citations of real sources. Its frontmatter takes the
 * tags, participants, events and claims of a real article, so pages that group articles by those
 * (participants, tags, feeds) grow as they would with real content. These files are written into
 * temporary copies of the site only, never into content/.
 */

/** The references of one real article, reused as they are by synthetic ones. */
export interface ArticleTemplate {
	tags: readonly string[];
	participants: readonly string[];
	events: readonly string[];
	claims: readonly string[];
}

/** What `generateArticles` needs; every list comes from the real content tree. */
export interface SyntheticOptions {
	/** How many articles to write. */
	count: number;
	/** Any integer; the same seed gives the same articles. */
	seed: number;
	/** Ids of files in content/sources/; each article cites two of them. */
	sources: readonly string[];
	/** The references of real articles; article `i` takes those of template `i mod length`. */
	templates: readonly ArticleTemplate[];
	/** First publication day, YYYY-MM-DD: the site's launch (`SITE.launched`). */
	launched: string;
	/** Last publication day, YYYY-MM-DD: today, since nothing may be published later. */
	today: string;
	/** Start of every id (default `bench`), so synthetic files are easy to tell apart. */
	idPrefix?: string;
}

/** One article file: its id (the file name without `.md`) and its whole text. */
export interface SyntheticArticle {
	id: string;
	text: string;
}

// The article kinds of src/lib/schema/article.ts, repeated so this module needs no Astro; the test
// runs every generated article through the real gate, which would catch a kind that went away.
const KINDS = ['report', 'analysis', 'explainer', 'preview'] as const;

// Lorem ipsum vocabulary: filler that reads as prose but states nothing.
const WORDS = (
	'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut ' +
	'labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris ' +
	'nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse ' +
	'cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui ' +
	'officia deserunt mollit anim id est laborum curabitur pretium tincidunt lacus nulla gravida ' +
	'orci a odio nullam varius turpis et commodo pharetra eros bibendum elit nec luctus magna felis ' +
	'sollicitudin mauris integer lectus viverra sapien fermentum vestibulum ante primis faucibus ' +
	'ultrices posuere cubilia curae morbi porta dapibus lobortis suspendisse potenti vivamus ' +
	'tristique senectus netus malesuada fames ac turpis egestas praesent blandit ornare quam'
).split(' ');

const DAY_MS = 86_400_000;

/** mulberry32: a small, well-mixed 32-bit generator; plenty for filler text. */
function randomSource(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function pick<T>(random: () => number, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pick: empty list');
	return item;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function words(random: () => number, count: number): string[] {
	return Array.from({ length: count }, () => pick(random, WORDS));
}

/** A sentence of 8–16 words, sometimes with an emphasised word. */
function sentence(random: () => number): string {
	const list = words(random, 8 + Math.floor(random() * 9));
	if (random() < 0.2) {
		const at = 1 + Math.floor(random() * (list.length - 1));
		list[at] = `*${list[at] ?? ''}*`;
	}
	return `${capitalise(list.join(' '))}.`;
}

/** A paragraph of about `target` words. */
function paragraph(random: () => number, target: number): string[] {
	const sentences: string[] = [];
	let total = 0;
	while (total < target) {
		const next = sentence(random);
		sentences.push(next);
		total += next.split(' ').length;
	}
	return sentences;
}

const join = (sentences: readonly string[]) => sentences.join(' ');

/** Whole sentences up to `max` characters (at least one), for fields with a length limit. */
function summary(random: () => number, max: number): string {
	let text = sentence(random);
	for (;;) {
		const next = `${text} ${sentence(random)}`;
		if (next.length > max) return text;
		text = next;
	}
}

function heading(random: () => number, count: number): string {
	return capitalise(words(random, count).join(' '));
}

function link(random: () => number, host: string, index: number): string {
	const path = words(random, 2).join('-');
	return `[${words(random, 2 + Math.floor(random() * 2)).join(' ')}](https://${host}/${path}-${index})`;
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function parseDay(text: string, field: string): Date {
	const date = new Date(`${text}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || isoDay(date) !== text) {
		throw new Error(`${field}: "${text}" is not a day — write YYYY-MM-DD`);
	}
	return date;
}

/** The sentences with `[^source]` after the last one, as a citation stands after its fact. */
function withCitation(sentences: readonly string[], source: string): string[] {
	return [...sentences.slice(0, -1), `${sentences.at(-1) ?? ''}[^${source}]`];
}

function body(random: () => number, cited: readonly [string, string], index: number): string {
	// First citation ends the lead paragraph; the second stands in the last section.
	const lead = withCitation(paragraph(random, 70), cited[0]);
	const withLink = paragraph(random, 70);
	withLink.splice(1, 0, `See ${link(random, 'example.org', index)} for more.`);
	const later = withCitation(paragraph(random, 70), cited[1]);
	later.push(`Compare ${link(random, 'example.com', index)}.`);
	const list = Array.from(
		{ length: 4 + Math.floor(random() * 3) },
		() => `- ${capitalise(words(random, 6 + Math.floor(random() * 6)).join(' '))}`,
	);
	return [
		join(lead),
		`## ${heading(random, 3)}`,
		join(withLink),
		list.join('\n'),
		join(paragraph(random, 70)),
		`## ${heading(random, 2)}`,
		`> ${join(paragraph(random, 30))}`,
		join(paragraph(random, 70)),
		`### ${heading(random, 3)}`,
		join(later),
		`## ${heading(random, 4)}`,
		join(paragraph(random, 70)),
		join(paragraph(random, 55)),
	].join('\n\n');
}

const flow = (items: readonly string[]) => `[${items.join(', ')}]`;

/**
 * Writes `count` articles. Article `i` is the same whatever `count` is, except for its day:
 * days are spread evenly from `launched` to `today`, several per day, in id order, so the list
 * sorted newest first (day, then id) is the same on every run. Every 20th article carries a
 * correction and an `updated` day when a later day is available.
 */
export function generateArticles(options: SyntheticOptions): SyntheticArticle[] {
	const { count, seed, sources, templates } = options;
	const prefix = options.idPrefix ?? 'bench';
	const first = parseDay(options.launched, 'launched');
	const last = parseDay(options.today, 'today');
	const days = Math.round((last.getTime() - first.getTime()) / DAY_MS) + 1;
	if (days < 1) throw new Error('today: is before launched — the range of days is empty');
	if (sources.length < 2) throw new Error('sources: need at least two source ids to cite');
	if (templates.length === 0) throw new Error('templates: need the references of one real article');
	const width = Math.max(5, String(count).length);

	return Array.from({ length: count }, (_, index) => {
		// One stream per article, so article i does not depend on how many come before it.
		const random = randomSource(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
		const template = templates[index % templates.length] as ArticleTemplate;
		const firstSource = Math.floor(random() * sources.length);
		const secondSource =
			(firstSource + 1 + Math.floor(random() * (sources.length - 1))) % sources.length;
		const cited = [sources[firstSource], sources[secondSource]] as [string, string];
		const dayIndex = Math.floor((index * days) / count);
		const published = new Date(first.getTime() + dayIndex * DAY_MS);
		const titleWords = words(random, 4 + Math.floor(random() * 4)).join(' ');
		const id = `${prefix}-${String(index + 1).padStart(width, '0')}-${words(random, 2).join('-')}`;
		const lines = [
			'---',
			`title: ${capitalise(titleWords)} ${index + 1}`,
			`standfirst: ${summary(random, 240)}`,
			`kind: ${KINDS[index % KINDS.length] ?? 'report'}`,
			`published: ${isoDay(published)}`,
		];
		const corrected = index % 20 === 19 && dayIndex < days - 1;
		if (corrected) lines.push(`updated: ${isoDay(new Date(published.getTime() + DAY_MS))}`);
		if (template.tags.length > 0) lines.push(`tags: ${flow(template.tags)}`);
		if (template.participants.length > 0)
			lines.push(`participants: ${flow(template.participants)}`);
		if (template.events.length > 0) lines.push(`events: ${flow(template.events)}`);
		if (template.claims.length > 0) lines.push(`claims: ${flow(template.claims)}`);
		if (corrected) {
			lines.push(
				'corrections:',
				`  - date: ${isoDay(new Date(published.getTime() + DAY_MS))}`,
				`    note: ${summary(random, 200)}`,
			);
		}
		lines.push('---', '', body(random, cited, index + 1), '');
		return { id, text: lines.join('\n') };
	});
}
