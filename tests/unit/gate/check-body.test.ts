import { describe, expect, it } from 'vitest';
import { checkBody, linkProblem } from '../../../src/lib/gate/check-body.ts';

const known = (id: string) => ['wire-report', 'ministry-page'].includes(id);

describe('checkBody', () => {
	it('lists cited sources once each, in order of first citation', () => {
		const report = checkBody('A.[^ministry-page] B.[^wire-report] C.[^ministry-page]', known);
		expect(report.findings).toEqual([]);
		expect(report.citedSources).toEqual(['ministry-page', 'wire-report']);
	});

	it('collects absolute links with their lines', () => {
		const report = checkBody('A.[^wire-report]\n\nSee [this](https://example.org/x).', known);
		expect(report.links).toEqual([{ url: 'https://example.org/x', line: 3 }]);
	});

	it('offers every close source id for a citation written as a name', () => {
		const ids = ['wire-report', 'wire-reports'];
		const report = checkBody('A.[^Wire Report]', (id) => ids.includes(id), ids);
		expect(report.findings.map((finding) => finding.message)).toEqual([
			'"[^Wire Report]" is not a source id — did you mean [^wire-report] or [^wire-reports]?',
		]);
	});

	it('collects web links only, http as well as https, not site paths or anchors', () => {
		const body =
			'A.[^wire-report] [a](/timeline/) [b](#references) [c](/go?to=https://example.org)\n\n[d](http://example.org/y)';
		expect(checkBody(body, known).links).toEqual([{ url: 'http://example.org/y', line: 3 }]);
	});

	it('refuses a level-1 heading', () => {
		const report = checkBody('# Title\n\nA.[^wire-report]', known);
		expect(report.findings).toEqual([
			{
				line: 1,
				message:
					'a level-1 heading (#) is not allowed — the title is the page heading; use ## for sections',
			},
		]);
	});

	it('refuses an empty body', () => {
		expect(checkBody('\n', known).findings.map((finding) => finding.message)).toEqual([
			'cites no source — cite each fact with [^source-id], e.g. [^ap-2025-03-10-preview]',
			'is empty — write the article below the frontmatter',
		]);
	});
});

describe('linkProblem', () => {
	it('accepts web links, site paths and anchors', () => {
		expect(linkProblem('https://example.org')).toBeUndefined();
		expect(linkProblem('http://example.org')).toBeUndefined();
		expect(linkProblem('/timeline/')).toBeUndefined();
		expect(linkProblem('#references')).toBeUndefined();
	});

	it('refuses every other scheme and protocol-relative links', () => {
		for (const url of [
			'javascript:alert(1)',
			'JaVaScRiPt:x',
			'data:text/html,x',
			'vbscript:x',
			'mailto:a@b',
			'//evil.example',
			'file:///etc/passwd',
			'relative/path',
			'javascript:fetch("https://evil.example")',
		]) {
			expect(linkProblem(url), url).toBeDefined();
		}
	});
});

describe('checkBody, every kind of finding with its line', () => {
	it('reports raw HTML, images, footnote definitions, placeholders, bad links and bad citations', () => {
		const body = [
			'Intro.[^known]', // 1
			'', // 2
			'<div>raw</div>', // 3
			'', // 4
			'![a picture](https://example.org/p.png)', // 5
			'', // 6
			'![ref picture][pic]', // 7
			'', // 8
			'[pic]: https://example.org/pic.png', // 9
			'', // 10
			'Still TODO here, and `TODO` in code.', // 11
			'', // 12
			'[a mail](mailto:someone@example.org) and [fine](https://example.org/fine)', // 13
			'', // 14
			'Bad label.[^Not An Id] Unknown.[^no-such-source]', // 15
			'', // 16
			'[^hand]: a hand-written footnote', // 17
		].join('\n');
		const report = checkBody(body, (id) => id === 'known');
		expect(report.findings.map((f) => `${f.line ?? '-'}: ${f.rule ?? ''}: ${f.message}`))
			.toMatchInlineSnapshot(`
				[
				  "3: : raw HTML <div> is not allowed — remove the tag: a blank line starts a paragraph",
				  "5: : images are not supported — link to the picture instead: [description](https://…)",
				  "7: : images are not supported — link to the picture instead: [description](https://…)",
				  "11: placeholder: still says "TODO" — replace the placeholder with the real text, or delete the line",
				  "11: placeholder: still says "TODO" — replace the placeholder with the real text, or delete the line",
				  "13: : link "mailto:someone@example.org" is not allowed — use a full https:// address, a site path such as /timeline/, or #anchor",
				  "17: : remove the footnote definition [^hand]: — a citation takes its details from content/sources/",
				  "15: : "[^Not An Id]" is not a source id — write [^id] with the id of a file in content/sources/",
				  "15: : cites unknown source "no-such-source" — fix the id (npm run new -- --list sources shows them all) or create content/sources/no-such-source.yaml",
				]
			`);
		expect(report.links).toStrictEqual([
			{ url: 'https://example.org/pic.png', line: 9 },
			{ url: 'https://example.org/fine', line: 13 },
		]);
		expect(report.citedSources).toEqual(['known']);
	});
});
