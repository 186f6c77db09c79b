/**
 * The reader pages in dist/: one page of each type, counts that match the content, every event,
 * claim, source and attendance record where its URL says it is, and honest `<time datetime>`.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { byPublishedDesc } from '../../src/lib/content/articles.ts';
import { indexContent } from '../../src/lib/content/content-index.ts';
import {
	ATTENDANCE_BASIS_TERMS,
	ATTENDANCE_STATUS_TERMS,
	EVENT_STATUS_TERMS,
} from '../../src/lib/views/labels.ts';
import { citedSourceId } from '../../src/lib/schema/shared.ts';
import { STORY } from '../../src/lib/views/story.ts';
import { toAbsoluteUrl, urls } from '../../src/lib/urls.ts';
import { byWhen, toWhenDatetime } from '../../src/lib/when.ts';
import { SITE } from '../../src/site.ts';
import { getContent } from '../helpers/content.ts';
import { getPageTypes } from '../helpers/page-types.ts';
import {
	attr,
	existsInDist,
	listDist,
	listPages,
	readPage,
	select,
	toSitePath,
} from '../helpers/dist.ts';
import { findGluedWords } from '../helpers/text.ts';

const gated = getContent();
const content = { ...gated, articles: [...gated.articles].sort(byPublishedDesc) };
const index = indexContent(content);
const { articles, events, participants, sources, claims } = content;
const text = (element: Element | undefined) =>
	element ? toString(element).replace(/\s+/g, ' ').trim() : '';
const one = (page: string, selector: string): Element => {
	const found = select(readPage(page), selector);
	expect(found, `${page} ${selector}`).toHaveLength(1);
	return found[0] as Element;
};
const hrefsIn = (element: Element) => select(element, 'a[href]').map((link) => attr(link, 'href'));

/** One page of each type the reader sees. */
const PAGE_TYPES = getPageTypes();

describe('every page type', () => {
	it.each(Object.entries(PAGE_TYPES))('%s (%s) is built with its metadata', (_type, path) => {
		expect(existsInDist(path), path).toBe(true);
		const page = readPage(path);
		expect(attr(one(path, 'html'), 'lang')).toBe(SITE.lang);
		expect(select(page, 'h1')).toHaveLength(1);
		expect(text(one(path, 'title'))).not.toBe('');
		expect(attr(one(path, 'meta[name="description"]'), 'content')).not.toBe('');
		expect(attr(one(path, 'meta[property="og:title"]'), 'content')).not.toBe('');
		expect(attr(one(path, 'link[rel="icon"]'), 'href')).toBe('/favicon.svg');
		if (path === '/404.html') {
			// Served at any missing address: it has no address of its own to declare.
			expect(select(page, 'link[rel="canonical"]')).toHaveLength(0);
		} else {
			expect(attr(one(path, 'link[rel="canonical"]'), 'href')).toBe(toAbsoluteUrl(path, SITE.url));
		}
		expect(select(page, 'a.skip-link[href="#main"]')).toHaveLength(1);
		expect(select(page, 'main#main')).toHaveLength(1);
	});

	it('builds one page per participant and per tag, and every article is listed on /articles/', () => {
		const built = listPages();
		for (const participant of participants)
			expect(built).toContain(`participants/${participant.id}/index.html`);
		expect(built.filter((page) => /^participants\/[^/]+\/index\.html$/.test(page))).toHaveLength(
			participants.length,
		);
		const tags = new Set(articles.flatMap((article) => article.data.tags));
		expect(built.filter((page) => /^tags\/[^/]+\/index\.html$/.test(page))).toHaveLength(tags.size);
		expect(
			hrefsIn(one(urls.articles(), 'main')).filter((href) => href.startsWith('/articles/')),
		).toEqual(articles.map((article) => urls.article(article.id)));
	});

	it('loads nothing from another host', () => {
		for (const page of listPages()) {
			for (const element of select(
				readPage(page),
				'script[src], link[rel="stylesheet"], img[src], iframe',
			)) {
				const url = attr(element, 'src') || attr(element, 'href');
				expect(url, `${page}: ${url}`).toMatch(/^\/(?!\/)/);
			}
		}
	});

	it('never runs two words together across an element boundary', () => {
		const glued = listPages().flatMap((page) =>
			findGluedWords(readPage(page)).map((pair) => `${page}: ${pair.join('|')}`),
		);
		expect(glued).toEqual([]);
	});
});

describe('the timeline', () => {
	const page = readPage(urls.timeline());
	const items = select(page, 'main ol > li[id]');

	it('has one list item per event, oldest first, whose id is the target of urls.event', () => {
		expect(items.map((item) => attr(item, 'id'))).toEqual(
			[...events].sort(byWhen).map((event) => event.id),
		);
		for (const event of events) expect(urls.event(event.id)).toBe(`/timeline/#${event.id}`);
	});

	it('groups events by month under headings with a <time datetime>', () => {
		const headings = select(page, 'main section > h2[id]');
		expect(headings.length).toBeGreaterThan(1);
		expect(
			select(page, 'main section > h2 > time[datetime]').map((time) => attr(time, 'dateTime')),
		).toContain('2025-03');
	});

	it.each(events.map((event) => [event.id, event] as const))(
		'%s: honest date, status and links',
		(id, event) => {
			const item = one(urls.timeline(), `li[id="${id}"]`);
			const datetime = toWhenDatetime(event.data.when);
			const times = select(item, '.timeline-event-date time');
			expect(times.map((time) => attr(time, 'dateTime'))).toEqual(datetime ? [datetime] : []);
			expect(text(item)).toContain(EVENT_STATUS_TERMS[event.data.status].label);
			const hrefs = hrefsIn(item);
			for (const cited of event.data.sources)
				expect(hrefs).toContain(urls.source(citedSourceId(cited)));
			for (const participant of event.data.participants)
				expect(hrefs).toContain(urls.participant(participant));
			for (const article of index.articlesAboutEvent(id))
				expect(hrefs).toContain(urls.article(article.id));
		},
	);
});

describe('the attendance matrix', () => {
	const path = urls.attendance();
	const meetings = events.filter((event) => event.data.attendance.length > 0);
	const records = meetings.flatMap((meeting) =>
		meeting.data.attendance.map((record) => ({ meeting: meeting.id, record })),
	);

	it('is a captioned table with header cells, in a focusable scroll region named by the caption', () => {
		const region = one(path, 'section.matrix-scroll');
		expect(attr(region, 'tabIndex')).toBe('0');
		const caption = one(path, 'table > caption[id]');
		expect(attr(region, 'ariaLabelledBy')).toBe(attr(caption, 'id'));
		expect(select(region, 'table')).toHaveLength(1);
		expect(select(region, 'thead th[scope="col"]')).toHaveLength(meetings.length + 1);
		const rowHeaders = select(region, 'tbody th[scope="row"]').map((th) => hrefsIn(th)[0]);
		expect(new Set(rowHeaders)).toEqual(
			new Set(records.map(({ record }) => urls.participant(record.participant))),
		);
	});

	it('has one cell per attendance record, where urls.attendanceRecord points', () => {
		const cells = select(readPage(path), 'td[id]');
		expect(cells.map((cell) => attr(cell, 'id')).sort()).toEqual(
			records
				.map(
					({ meeting, record }) => urls.attendanceRecord(meeting, record.participant).split('#')[1],
				)
				.sort(),
		);
	});

	it.each(
		records.map(
			({ meeting, record }) => [`${meeting} / ${record.participant}`, meeting, record] as const,
		),
	)('%s: every version with its status, basis and sources', (_name, meeting, record) => {
		const cell = one(path, `td[id="${meeting}--${record.participant}"]`);
		const versions = select(cell, '.attendance-version');
		expect(versions).toHaveLength(record.versions.length);
		record.versions.forEach((version, position) => {
			const shown = versions[position] as Element;
			expect(text(shown)).toContain(ATTENDANCE_STATUS_TERMS[version.status].label);
			expect(text(shown)).toContain(ATTENDANCE_BASIS_TERMS[version.basis].label);
			expect(hrefsIn(shown)).toEqual(
				version.sources.map((cited) => urls.source(citedSourceId(cited))),
			);
		});
		expect(text(cell).includes('Sources differ')).toBe(record.versions.length > 1);
	});
});

describe('claims', () => {
	const path = urls.claims();

	it('has one element per claim, where urls.claim points, grouped by status', () => {
		expect(
			select(readPage(path), 'li.claim[id]')
				.map((li) => attr(li, 'id'))
				.sort(),
		).toEqual(claims.map((claim) => claim.id).sort());
		for (const claim of claims) {
			const group = select(readPage(path), `section:has(li[id="${claim.id}"]) > h2`)[0];
			expect(attr(group ?? one(path, 'h1'), 'id')).toBe(`status-${claim.data.status}`);
		}
	});

	const disputed = claims.filter((claim) => claim.data.status === 'disputed');
	it('has disputed claims to show', () => expect(disputed.length).toBeGreaterThan(0));

	it.each(disputed.map((claim) => [claim.id, claim] as const))(
		'%s shows every version with its sources',
		(id, claim) => {
			const versions = select(one(path, `li[id="${id}"]`), '.claim-version');
			expect(versions).toHaveLength(claim.data.versions?.length ?? 0);
			claim.data.versions?.forEach((version, position) => {
				const shown = versions[position] as Element;
				expect(text(shown)).toContain(version.statement.replace(/\s+/g, ' '));
				expect(hrefsIn(shown)).toEqual(
					version.sources.map((cited) => urls.source(citedSourceId(cited))),
				);
			});
		},
	);

	it('lists every correction of the founding article', () => {
		const corrections = claims.filter(
			(claim) => claim.data.corrects?.source === STORY.foundingSourceId,
		);
		expect(corrections.length).toBeGreaterThan(0);
		const listed = hrefsIn(one(path, 'section:has(> h2#corrections)'));
		for (const claim of corrections) expect(listed).toContain(urls.claim(claim.id));
	});
});

describe('sources', () => {
	const path = urls.sources();

	it.each(sources.map((source) => [source.id, source] as const))(
		'%s: type, publisher, date and links',
		(id, source) => {
			const item = one(path, `li[id="${id}"]`);
			expect(urls.source(id)).toBe(`/sources/#${id}`);
			expect(text(item)).toContain(source.data.publisher);
			const hrefs = hrefsIn(item);
			if (source.data.url) expect(hrefs).toContain(source.data.url);
			else expect(text(item)).toContain('Address not known');
			if (source.data.archived) expect(hrefs).toContain(source.data.archived);
			else expect(text(item)).toContain('No archived copy yet');
			if (source.data.published === 'unknown')
				expect(text(item)).toContain('Publication date unknown');
			else
				expect(select(item, 'time[datetime]').map((time) => attr(time, 'dateTime'))).toContain(
					source.data.published.toISOString().slice(0, 10),
				);
		},
	);

	it('lists every article that cites a source under it', () => {
		for (const article of articles) {
			for (const sourceId of article.citedSources) {
				expect(hrefsIn(one(path, `li[id="${sourceId}"]`))).toContain(urls.article(article.id));
			}
		}
	});

	it('states the blocked-domains policy with reasons, without linking to a blocked domain', () => {
		const section = one(path, 'section:has(> h2#blocked-domains)');
		for (const domain of content.blockedDomains) {
			expect(text(section)).toContain(domain.data.id);
			expect(text(section)).toContain(domain.data.reason.replace(/\s+/g, ' '));
		}
		for (const page of listPages()) {
			for (const href of hrefsIn(select(readPage(page), 'body')[0] as Element)) {
				const host = /^https:\/\/([^/]+)/.exec(href)?.[1] ?? '';
				for (const domain of content.blockedDomains) {
					expect(
						host === domain.data.id || host.endsWith(`.${domain.data.id}`),
						`${page}: ${href}`,
					).toBe(false);
				}
			}
		}
	});
});

describe('participants', () => {
	it('lists every participant once, in groups, with Ukraine and the United States on their own', () => {
		const path = urls.participants();
		const links = select(readPage(path), 'main .participant-card h3 a').map((link) =>
			attr(link, 'href'),
		);
		expect(links.sort()).toEqual(
			participants.map((participant) => urls.participant(participant.id)).sort(),
		);
		for (const own of STORY.ownGroups) {
			expect(hrefsIn(one(path, `section:has(> h2#group-${own.id}) ul`))).toEqual([
				urls.participant(own.id),
			]);
		}
	});

	it.each(participants.filter((p) => p.data.kind === 'person').map((p) => [p.id, p] as const))(
		'%s (a person) states a role at the time, or says the sources do not',
		(id, person) => {
			const section = text(one(urls.participant(id), 'section:has(> h2#role-heading)'));
			if (person.data.roles.length === 0) expect(section).toContain('Not stated in our sources.');
			else for (const role of person.data.roles) expect(section).toContain(role.title);
		},
	);

	it('links each participant page to its events, articles and attendance cells', () => {
		for (const participant of participants) {
			const hrefs = hrefsIn(one(urls.participant(participant.id), 'main'));
			for (const event of events) {
				if (event.data.participants.includes(participant.id))
					expect(hrefs).toContain(urls.event(event.id));
				if (event.data.attendance.some((record) => record.participant === participant.id)) {
					expect(hrefs).toContain(urls.attendanceRecord(event.id, participant.id));
				}
			}
			for (const article of index.articlesAboutParticipant(participant.id)) {
				expect(hrefs).toContain(urls.article(article.id));
			}
		}
	});
});

describe('article pages', () => {
	it.each(articles.map((article) => [article.id, article] as const))(
		'%s: kind, JSON-LD, citation help, neighbours',
		(id, article) => {
			const path = urls.article(id);
			const main = one(path, 'main');
			const hrefs = hrefsIn(main);
			for (const event of article.data.events) expect(hrefs).toContain(urls.event(event));
			for (const participant of article.data.participants)
				expect(hrefs).toContain(urls.participant(participant));
			expect(text(one(path, '.how-to-cite'))).toContain(toAbsoluteUrl(path, SITE.url));

			const data = JSON.parse(text(one(path, 'script[type="application/ld+json"]'))) as Record<
				string,
				unknown
			>;
			expect(data['@type']).toBe('NewsArticle');
			expect(data['headline']).toBe(article.data.title);
			expect(data['datePublished']).toBe(article.data.published.toISOString().slice(0, 10));
			expect(data['dateModified']).toBe(
				(article.data.updated ?? article.data.published).toISOString().slice(0, 10),
			);
			expect((data['citation'] as unknown[]).length).toBe(article.citedSources.length);
			expect(data['correction'] === undefined).toBe(article.data.corrections.length === 0);

			const position = articles.indexOf(article);
			const neighbours = hrefsIn(one(path, 'nav.article-neighbours'));
			const expected = [articles[position + 1], articles[position - 1]].flatMap((other) =>
				other ? [urls.article(other.id)] : [],
			);
			expect(neighbours).toEqual(expected);
		},
	);
});

describe('home, tags and search', () => {
	it('leads with the latest development, then confirmed claims', () => {
		const latest = [...events].sort(byWhen).at(-1);
		expect(hrefsIn(one('/', '.home-latest'))).toContain(urls.event(latest?.id ?? ''));
		const known = hrefsIn(one('/', '.home-known'));
		for (const href of known.filter((link) => link.startsWith('/claims/#'))) {
			expect(index.getClaim(href.split('#')[1] ?? '').data.status).toBe('confirmed');
		}
	});

	it('lists each tag’s articles on its page', () => {
		for (const tag of new Set(articles.flatMap((article) => article.data.tags))) {
			const hrefs = hrefsIn(one(urls.tag(tag), 'main')).filter(
				(href) => href.startsWith('/articles/') && href !== urls.articles(),
			);
			expect(hrefs).toEqual(
				articles
					.filter((article) => article.data.tags.includes(tag))
					.map((article) => urls.article(article.id)),
			);
		}
	});

	it('ships a Pagefind index and a search form that submits to the search page', () => {
		expect(listDist()).toContain('pagefind/pagefind.js');
		const form = one(urls.search(), 'form[role="search"]');
		expect(attr(form, 'action')).toBe(urls.search());
		expect(select(form, 'input[name="q"]')).toHaveLength(1);
		expect(select(readPage(urls.search()), '[data-pagefind-body]')).toHaveLength(0);
		expect(select(readPage('/'), 'main[data-pagefind-body]')).toHaveLength(1);
		for (const page of listPages())
			expect(hrefsIn(one(page, '.site-header nav'))).toContain(urls.search());
	});

	it('serves a 404 page that leads back into the site', () => {
		const hrefs = hrefsIn(one('/404.html', 'main'));
		expect(hrefs).toEqual(expect.arrayContaining([urls.home(), urls.timeline(), urls.search()]));
		expect(select(readPage('/404.html'), 'meta[name="robots"][content="noindex"]')).toHaveLength(1);
		expect(toSitePath('404.html')).toBe('/404.html');
	});
});
