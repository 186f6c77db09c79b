/** The gate on in-memory trees, for rules that need no fixture files. */
import { describe, expect, it } from 'vitest';
import { checkContent, MAX_FILE_BYTES, type ContentFile } from '../../../src/lib/gate/gate.ts';
import { readContentTree } from '../../../src/node/read-tree.ts';
import { formatProblem } from '../../../src/lib/gate/problem.ts';
import { join } from 'node:path';

const base = readContentTree(join(import.meta.dirname, '..', '..', 'fixtures', 'base'));
const today = new Date(Date.UTC(2026, 10, 26));
const encode = (text: string) => new TextEncoder().encode(text);

function withFile(path: string, file: Omit<ContentFile, 'path'>): ContentFile[] {
	return [...base.filter((item) => item.path !== path), { path, ...file }];
}

describe('checkContent', () => {
	it('passes the base tree and counts its entries', () => {
		const result = checkContent(base, { today });
		expect(result.problems).toEqual([]);
		expect(result.counts).toEqual({
			articles: 1,
			events: 1,
			participants: 2,
			sources: 2,
			claims: 1,
		});
	});

	it('refuses a file larger than the limit without parsing it', () => {
		const big = encode(`name: x\nsummary: ${'x'.repeat(MAX_FILE_BYTES)}\n`);
		const result = checkContent(
			withFile('content/participants/huge.yaml', { kind: 'file', bytes: big }),
			{ today },
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/participants/huge.yaml: file: is larger than 256 KiB — split it, or remove what does not belong in it',
		]);
	});

	it('refuses a symbolic link, which could point anywhere on the machine', () => {
		const result = checkContent(withFile('content/sources/link.yaml', { kind: 'symlink' }), {
			today,
		});
		expect(result.problems.map(formatProblem)).toEqual([
			'content/sources/link.yaml: file: is a symbolic link — replace it with the file itself',
		]);
	});

	it('refuses an entry that is a list instead of a set of fields', () => {
		const result = checkContent(
			withFile('content/sources/list.yaml', { kind: 'file', bytes: encode('- a\n- b\n') }),
			{ today },
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/sources/list.yaml:1: file: must be a set of fields (name: value) — see the README for an example',
		]);
	});

	it('requires the blocked-domains list', () => {
		const result = checkContent(
			base.filter((item) => !item.path.endsWith('blocked-domains.yaml')),
			{ today },
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/blocked-domains.yaml: file: is missing — restore the list of blocked domains',
		]);
	});

	it('blocks links in article bodies that point at a blocked domain', () => {
		const article = base.find((item) => item.path.endsWith('meeting-report.md'));
		const text = `${new TextDecoder().decode(article?.bytes)}\nSee [a copy](https://www.news-pravda.com/story).\n`;
		const result = checkContent(
			withFile('content/articles/meeting-report.md', { kind: 'file', bytes: encode(text) }),
			{ today },
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'content/articles/meeting-report.md:12: body: points at news-pravda.com, a blocked domain (see content/blocked-domains.yaml) — cite another source for this fact',
		]);
	});

	it('keeps an entry with a problem of its own off the site, and still checks the rest of it', () => {
		const event = base.find((item) => item.path.endsWith('2025-03-11-meeting.yaml'));
		const text = new TextDecoder()
			.decode(event?.bytes)
			.replace('participants: [france]', 'participants: [frnace]');
		const result = checkContent(
			withFile('content/events/2025-03-11-meeting.yaml', { kind: 'file', bytes: encode(text) }),
			{ today },
		);
		expect(result.problems.map((problem) => `${problem.file}:${problem.field}`)).toEqual([
			'content/events/2025-03-11-meeting.yaml:participants, item 1',
			// The cross-entry rules still see it: france attends but is no longer listed.
			'content/events/2025-03-11-meeting.yaml:attendance, item 1, participant',
		]);
		expect(result.content.events).toEqual([]);
		expect(result.content.claims.map((entry) => entry.id)).toEqual(['meeting-held']);
		expect(result.counts.events).toBe(1);
	});

	it('calls no source uncited while an entry that may cite it could not be read', () => {
		const source = encode(
			'publisher: X\ntitle: Y\nurl: https://example.org/y\npublished: unknown\naccessed: 2026-11-24\narchived: null\ntype: outlet\nlanguage: en\n',
		);
		const withSource = withFile('content/sources/cited-by-event.yaml', {
			kind: 'file',
			bytes: source,
		});
		const uncited = checkContent(withSource, { today }).problems.map(formatProblem);
		expect(uncited).toEqual([
			'content/sources/cited-by-event.yaml:1: source: warning: is never cited — cite it from an article, event, participant or claim, or delete the file',
		]);
		const brokenEvent = encode('title: Chiefs meet\nsumary: typo\n');
		const result = checkContent(
			[
				...withSource.filter((item) => !item.path.endsWith('2025-03-11-meeting.yaml')),
				{ path: 'content/events/2025-03-11-meeting.yaml', kind: 'file', bytes: brokenEvent },
			],
			{ today },
		);
		expect(result.problems.filter((problem) => problem.severity === 'warning')).toEqual([]);
	});
});

describe('checkContent, the problems as data', () => {
	it('reports a missing blocked-domains list as an error of the file, with no line', () => {
		const result = checkContent(
			base.filter((file) => file.path !== 'content/blocked-domains.yaml'),
			{ today },
		);
		expect(result.problems).toStrictEqual([
			{
				file: 'content/blocked-domains.yaml',
				field: 'file',
				message: 'is missing — restore the list of blocked domains',
				severity: 'error',
			},
		]);
		expect(result.content.blockedDomains).toEqual([]);
	});

	it('lists the problems by file name, whatever order the files come in', () => {
		const files = [
			{ path: 'content/sources/z-link.yaml', kind: 'symlink' as const },
			...base,
			{ path: 'content/events/a-link.yaml', kind: 'symlink' as const },
		];
		expect(checkContent(files, { today }).problems.map((p) => p.file)).toEqual([
			'content/events/a-link.yaml',
			'content/sources/z-link.yaml',
		]);
	});
});
