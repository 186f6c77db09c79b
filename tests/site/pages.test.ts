/**
 * The pages of the fixture site, against answers read off tests/fixture-site/content/: 4 articles,
 * 6 events (one per date precision), 9 participants, 6 sources (one per type), 5 claims (one
 * disputed, one correcting the founding article).
 */
import { describe, expect, it } from 'vitest';
import { attr, select } from '../helpers/dist.ts';
import { hrefsIn, one, site, text, texts } from './fixture.ts';

/** Whether a link goes to one article's page (not to the list of articles). */
const isArticle = (href: string) => /^\/articles\/[^/]+\/$/.test(href);

describe('the fixture site', () => {
	it('builds exactly these pages', () => {
		expect(site.listPages()).toEqual([
			'404.html',
			'about/index.html',
			'articles/background/index.html',
			'articles/index.html',
			'articles/leaders-next/index.html',
			'articles/meeting-report/index.html',
			'articles/what-the-preview-said/index.html',
			'attendance/index.html',
			'claims/index.html',
			'contribute/index.html',
			'data/index.html',
			'index.html',
			'participants/france/index.html',
			'participants/index.html',
			'participants/ireland/index.html',
			'participants/italy/index.html',
			'participants/jane-doe/index.html',
			'participants/japan/index.html',
			'participants/john-roe/index.html',
			'participants/nato/index.html',
			'participants/ukraine/index.html',
			'participants/united-states/index.html',
			'pledges/index.html',
			'search/index.html',
			'sources/index.html',
			'tags/corrections/index.html',
			'tags/index.html',
			'tags/nato/index.html',
			'tags/security-force/index.html',
			'timeline/index.html',
		]);
	});

	it('gives each page its heading', () => {
		const headings = Object.fromEntries(
			site.listPages().map((page) => [page, texts(page, 'h1').join(' | ')]),
		);
		expect(headings).toEqual({
			'404.html': 'Page not found',
			'about/index.html': 'About and methodology',
			'articles/background/index.html': 'How the idea of a force began',
			'articles/index.html': 'Articles',
			'articles/leaders-next/index.html': 'Leaders to meet at the end of March',
			'articles/meeting-report/index.html': 'Chiefs meet in Paris without the US',
			'articles/what-the-preview-said/index.html': 'What the founding preview got wrong',
			'attendance/index.html': 'Who attended',
			'claims/index.html': 'What we know, and what is disputed',
			'contribute/index.html': 'Contribute',
			'data/index.html': 'Data downloads',
			'index.html': 'Paris Talks Tracker',
			'participants/france/index.html': 'France',
			'participants/index.html': 'Participants',
			'participants/ireland/index.html': 'Ireland',
			'participants/italy/index.html': 'Italy',
			'participants/jane-doe/index.html': 'Jane Doe',
			'participants/japan/index.html': 'Japan',
			'participants/john-roe/index.html': 'John Roe',
			'participants/nato/index.html': 'NATO',
			'participants/ukraine/index.html': 'Ukraine',
			'participants/united-states/index.html': 'United States',
			'pledges/index.html': 'Who pledged what',
			'search/index.html': 'Search',
			'sources/index.html': 'Sources',
			'tags/corrections/index.html': 'Tag: corrections',
			'tags/index.html': 'Tags',
			'tags/nato/index.html': 'Tag: NATO',
			'tags/security-force/index.html': 'Tag: security force',
			'timeline/index.html': 'Timeline',
		});
	});

	it('gives every page but the 404 a canonical link to its own address', () => {
		const wrong = site.listPages().flatMap((page) => {
			const canonical = select(site.readPage(page), 'link[rel="canonical"]').map((link) =>
				attr(link, 'href'),
			);
			const expected =
				page === '404.html'
					? []
					: [`https://paris-talks-tracker.github.io/${page.replace(/index\.html$/, '')}`];
			return JSON.stringify(canonical) === JSON.stringify(expected)
				? []
				: [`${page}: ${canonical.join(', ')}`];
		});
		expect(wrong).toEqual([]);
	});
});

describe('articles', () => {
	const newestFirst = [
		'/articles/leaders-next/',
		'/articles/background/',
		'/articles/what-the-preview-said/',
		'/articles/meeting-report/',
	];

	it('lists the four articles newest first on the home page and on /articles/', () => {
		expect(hrefsIn(one('/articles/', 'main')).filter(isArticle)).toEqual(newestFirst);
		const home = hrefsIn(one('/', 'main')).filter(isArticle);
		expect([...new Set(home)]).toEqual(newestFirst);
	});

	it('shows the publication and update days, the correction and the history', () => {
		const page = '/articles/what-the-preview-said/';
		const main = one(page, 'main');
		expect(select(main, 'time[datetime]').map((time) => attr(time, 'dateTime'))).toContain(
			'2026-11-27',
		);
		expect(text(one(page, '.article-corrections'))).toBe(
			'Corrections 29 November 2026: An earlier version gave the wrong day for the remark.',
		);
		expect(texts(page, '.article-history li')).toEqual([
			'27 November 2026: Published',
			'29 November 2026: Corrected. An earlier version gave the wrong day for the remark.',
		]);
	});

	it('numbers references in order of first citation, with publisher, date and address', () => {
		const page = '/articles/meeting-report/';
		expect(texts(page, 'a[data-footnote-ref]')).toEqual(['1', '2', '3', '2']);
		expect(
			select(site.readPage(page), 'section.footnotes li[id]').map((li) => attr(li, 'id')),
		).toEqual([
			'user-content-fn-ministry-statement',
			'user-content-fn-wire-preview',
			'user-content-fn-daily-report',
		]);
		const references = texts(page, 'section.footnotes li[id]');
		expect(references[0]).toContain('Defence Ministry');
		expect(references[0]).toContain('11 March 2025');
		expect(references[2]).toContain('date unknown');
		expect(texts('/articles/what-the-preview-said/', 'section.footnotes li[id]')[0]).toContain(
			'Address not known',
		);
	});

	it('links each article to the older and the newer one', () => {
		const neighbours = (id: string) => hrefsIn(one(`/articles/${id}/`, 'nav.article-neighbours'));
		expect(neighbours('meeting-report')).toEqual(['/articles/what-the-preview-said/']);
		expect(neighbours('what-the-preview-said')).toEqual([
			'/articles/meeting-report/',
			'/articles/background/',
		]);
		expect(neighbours('leaders-next')).toEqual(['/articles/background/']);
	});

	it('links an article to its events and participants', () => {
		const hrefs = hrefsIn(one('/articles/meeting-report/', 'main'));
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'/timeline/#2025-03-11-paris-chiefs-meeting',
				'/participants/france/',
				'/participants/united-states/',
			]),
		);
	});
});

describe('the timeline', () => {
	it('lists the six events oldest first, each date as precise as its file says', () => {
		const items = select(site.readPage('/timeline/'), 'main ol > li[id]');
		expect(items.map((item) => attr(item, 'id'))).toEqual([
			'2024-12-residence-dinner',
			'2025-01-23-spokesperson-remark',
			'2025-03-01-invitations-sent',
			'2025-03-11-paris-chiefs-meeting',
			'2025-03-27-leaders-summit',
			'2025-03-31-headquarters-later',
		]);
		expect(texts('/timeline/', '.timeline-event-date')).toEqual([
			'December 2024 (day not given by the sources)',
			'about 23 January 2025 (approximate date)',
			'before March 2025 (exact date not known)',
			'11 March 2025',
			'27–28 March 2025 (exact day not known)',
			'after March 2025 (exact date not known)',
		]);
	});

	it('gives a machine-readable date only as precise as known, and none for before/after', () => {
		const datetimes = select(site.readPage('/timeline/'), 'main ol > li[id]').map((item) =>
			select(item, '.timeline-event-date time').map((time) => attr(time, 'dateTime')),
		);
		expect(datetimes).toEqual([['2024-12'], ['2025-01'], [], ['2025-03-11'], ['2025-03'], []]);
	});

	it('groups events under month headings, with before and after on their own', () => {
		expect(texts('/timeline/', 'main section > h2')).toEqual([
			'December 2024',
			'January 2025',
			'Before March 2025',
			'March 2025',
			'After March 2025',
		]);
	});

	it('shows each status, and counts attendance records in words', () => {
		const item = (id: string) => text(one('/timeline/', `li[id="${id}"]`));
		expect(item('2025-03-11-paris-chiefs-meeting')).toContain('Confirmed');
		expect(item('2025-03-11-paris-chiefs-meeting')).toContain('Who attended (7 records)');
		expect(item('2025-03-27-leaders-summit')).toContain('Expected');
		expect(item('2025-03-27-leaders-summit')).toContain('Who attended (1 record)');
		expect(item('2024-12-residence-dinner')).toContain('Reported');
	});

	it('links an event to its sources, participants and the articles about it', () => {
		expect(hrefsIn(one('/timeline/', 'li[id="2024-12-residence-dinner"]'))).toEqual([
			'/sources/#daily-report',
			'/articles/background/',
			'/participants/john-roe/',
		]);
	});
});

describe('the attendance matrix', () => {
	it('has a column per meeting and a cell per attendance record', () => {
		expect(texts('/attendance/', 'thead th[scope="col"]')).toEqual([
			'Participant',
			'Chiefs meet in Paris 11 March 2025',
			'Leaders meet 27–28 March 2025',
		]);
		expect(
			select(site.readPage('/attendance/'), 'td[id]')
				.map((cell) => attr(cell, 'id'))
				.sort(),
		).toEqual([
			'2025-03-11-paris-chiefs-meeting--france',
			'2025-03-11-paris-chiefs-meeting--ireland',
			'2025-03-11-paris-chiefs-meeting--italy',
			'2025-03-11-paris-chiefs-meeting--japan',
			'2025-03-11-paris-chiefs-meeting--nato',
			'2025-03-11-paris-chiefs-meeting--ukraine',
			'2025-03-11-paris-chiefs-meeting--united-states',
			'2025-03-27-leaders-summit--france',
		]);
	});

	it('shows each of the seven statuses with its basis and sources', () => {
		const cell = (participant: string) =>
			text(one('/attendance/', `td[id="2025-03-11-paris-chiefs-meeting--${participant}"]`));
		expect({
			france: cell('france'),
			ukraine: cell('ukraine'),
			italy: cell('italy'),
			japan: cell('japan'),
			ireland: cell('ireland'),
			nato: cell('nato'),
		}).toEqual({
			france: 'In person confirmed Sources: Wire Agency (via Local Station); Defence Ministry',
			ukraine: 'In person reported Sources: The Daily',
			italy: 'Observer reported Sources: The Daily',
			japan: 'Remote expected Sources: Wire Agency (via Local Station)',
			ireland: 'Did not respond reported Sources: The Daily',
			nato: 'Unclear reported Sources: The Daily',
		});
	});

	it('shows both versions when sources differ', () => {
		const cell = one('/attendance/', 'td[id="2025-03-11-paris-chiefs-meeting--united-states"]');
		expect(texts(cell, '.attendance-version')).toEqual([
			'Not invited confirmed Left out on purpose. Sources: Defence Ministry',
			'Absent expected Sources: Wire Agency (via Local Station)',
		]);
		expect(text(cell)).toContain('Sources differ: 2 versions');
		expect(hrefsIn(cell)).toEqual(['/sources/#ministry-statement', '/sources/#wire-preview']);
	});

	it('groups the rows: Ukraine, the United States, NATO members, remote partners, others, organisations', () => {
		expect(texts('/attendance/', 'tbody tr.matrix-group')).toEqual([
			'Ukraine',
			'The United States',
			'NATO members',
			'Partners expected to join remotely',
			'Other countries in the attendance list',
			'Organisations',
		]);
	});
});

describe('claims', () => {
	it('groups the five claims by status', () => {
		const group = (status: string) =>
			select(site.readPage('/claims/'), `section:has(> h2#status-${status}) li.claim[id]`).map(
				(li) => attr(li, 'id'),
			);
		expect({
			confirmed: group('confirmed'),
			reported: group('reported'),
			disputed: group('disputed'),
		}).toEqual({
			confirmed: ['meeting-held', 'us-not-invited'],
			reported: ['remark-month', 'ukraine-in-person'],
			disputed: ['country-count'],
		});
	});

	it('shows each version of the disputed claim with its own source', () => {
		const claim = one('/claims/', 'li[id="country-count"]');
		expect(texts(claim, '.claim-version')).toEqual([
			'Version 1 More than 30. Sources: Wire Agency (via Local Station)',
			'Version 2 Exactly 34. Sources: The Daily thirty-four',
		]);
		expect(select(claim, '.claim-version').map(hrefsIn)).toEqual([
			['/sources/#wire-preview'],
			['/sources/#daily-report'],
		]);
	});

	it('lists the correction of the founding article with what it said', () => {
		const section = one('/claims/', 'section:has(> h2#corrections)');
		expect(texts(section, 'li')).toEqual([
			"It said: It placed the remark in February. What the sources show (Reported): The spokesperson's remark was made in January 2025. See the claim",
		]);
		expect(hrefsIn(section)).toContain('/claims/#remark-month');
	});
});

describe('sources', () => {
	it('names each of the five types and says what is unknown', () => {
		const item = (id: string) => text(one('/sources/', `li[id="${id}"]`));
		expect(item('ministry-statement')).toContain('Official source');
		expect(item('wire-preview')).toContain('Wire report');
		expect(item('daily-report')).toContain('News outlet');
		expect(item('digest-rewrite')).toContain('Aggregator');
		expect(item('forum-mirror')).toContain('Copy on another site');
		expect(item('founding-article')).toContain('Address not known · No archived copy');
		expect(item('daily-report')).toContain('Publication date unknown');
		expect(item('ministry-statement')).toContain('Published 11 March 2025');
	});

	it('links to the original and the archived copy when known, and to the citing articles', () => {
		const hrefs = hrefsIn(one('/sources/', 'li[id="ministry-statement"]'));
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'https://example.org/ministry-statement',
				'https://web.archive.org/web/2025/https://example.org/ministry-statement',
				'/articles/meeting-report/',
			]),
		);
		expect(
			hrefsIn(one('/sources/', 'li[id="daily-report"]')).filter((href) => isArticle(href)),
		).toEqual(['/articles/background/', '/articles/meeting-report/']);
	});

	it('states the blocked domain and its reason', () => {
		expect(text(one('/sources/', 'section:has(> h2#blocked-domains)'))).toContain(
			'blocked.example',
		);
		expect(text(one('/sources/', 'section:has(> h2#blocked-domains)'))).toContain(
			'A made-up network that fabricates quotes.',
		);
	});
});

describe('participants', () => {
	it('lists every participant once, in groups, Ukraine and the United States first', () => {
		const groups = select(site.readPage('/participants/'), 'main section:has(> h2[id])').map(
			(section) => [
				attr(select(section, 'h2')[0] ?? section, 'id'),
				texts(section, '.participant-card h3'),
			],
		);
		expect(groups).toEqual([
			['group-ukraine', ['Ukraine']],
			['group-united-states', ['United States']],
			['group-nato', ['France']],
			['group-remote', ['Japan']],
			['group-key-meeting', ['Ireland', 'Italy']],
			['group-organisations', ['NATO']],
			['group-people', ['Jane Doe', 'John Roe']],
		]);
	});

	it("states a person's role at the time, or that the sources give none", () => {
		expect(text(one('/participants/jane-doe/', 'section:has(> h2#role-heading)'))).toBe(
			'Role at the time Spokesperson, France (March 2025) Sources: Defence Ministry',
		);
		expect(text(one('/participants/john-roe/', 'section:has(> h2#role-heading)'))).toBe(
			'Role at the time Not stated in our sources.',
		);
	});

	it("links a participant's page to its event, attendance cell, article and claim", () => {
		expect(hrefsIn(one('/participants/united-states/', 'main'))).toEqual(
			expect.arrayContaining([
				'/timeline/#2025-03-11-paris-chiefs-meeting',
				'/attendance/#2025-03-11-paris-chiefs-meeting--united-states',
				'/articles/meeting-report/',
				'/claims/#us-not-invited',
			]),
		);
	});
});

describe('home and tags', () => {
	it('leads with the latest development, then the confirmed claims', () => {
		expect(hrefsIn(one('/', '.home-latest'))).toEqual([
			'/timeline/#2025-03-31-headquarters-later',
			'/timeline/',
		]);
		expect(hrefsIn(one('/', '.home-known'))).toEqual([
			'/claims/#meeting-held',
			'/claims/#us-not-invited',
			'/claims/',
		]);
	});

	it("lists each tag's articles, newest first", () => {
		const articles = (tag: string) => hrefsIn(one(`/tags/${tag}/`, 'main')).filter(isArticle);
		expect({
			'security-force': articles('security-force'),
			nato: articles('nato'),
			corrections: articles('corrections'),
		}).toEqual({
			'security-force': ['/articles/background/', '/articles/meeting-report/'],
			nato: ['/articles/meeting-report/'],
			corrections: ['/articles/what-the-preview-said/'],
		});
	});
});

describe('an article page for contributors and machines', () => {
	it('links to a correction form with the page filled in, the file to edit and its history', () => {
		const repo = 'https://github.com/paris-talks-tracker/paris-talks-tracker';
		expect(hrefsIn(one('/articles/meeting-report/', '.edit-links'))).toEqual([
			`${repo}/issues/new?template=correction.yml&title=Correction%3A+Chiefs+meet+in+Paris+without+the+US&page=https%3A%2F%2Fparis-talks-tracker.github.io%2Farticles%2Fmeeting-report%2F`,
			`${repo}/edit/main/content/articles/meeting-report.md`,
			`${repo}/commits/main/content/articles/meeting-report.md`,
			'/contribute/',
		]);
	});

	it('describes itself in JSON-LD with its dates, citations and correction', () => {
		const data = (id: string) =>
			JSON.parse(text(one(`/articles/${id}/`, 'script[type="application/ld+json"]'))) as Record<
				string,
				unknown
			>;
		const report = data('meeting-report');
		expect([
			report['@type'],
			report['headline'],
			report['datePublished'],
			report['dateModified'],
		]).toEqual(['NewsArticle', 'Chiefs meet in Paris without the US', '2026-11-26', '2026-11-26']);
		expect((report['citation'] as unknown[]).length).toBe(3);
		expect(report['correction']).toBeUndefined();
		const corrected = data('what-the-preview-said');
		expect(corrected['dateModified']).toBe('2026-11-29');
		expect(corrected['correction']).toBeDefined();
	});
});
