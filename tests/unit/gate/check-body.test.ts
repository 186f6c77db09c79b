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
		]) {
			expect(linkProblem(url), url).toBeDefined();
		}
	});
});
