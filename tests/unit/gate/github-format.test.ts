import { describe, expect, it } from 'vitest';
import {
	escapeData,
	escapeProperty,
	formatGithubAnnotation,
} from '../../../src/lib/gate/github-format.ts';

describe('formatGithubAnnotation', () => {
	it('writes an error with file, line and the field as title', () => {
		expect(
			formatGithubAnnotation({
				file: 'content/events/2025-03-11-meeting.yaml',
				line: 5,
				field: 'when.date',
				message: '"2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11',
				severity: 'error',
			}),
		).toBe(
			'::error file=content/events/2025-03-11-meeting.yaml,line=5,title=when.date::"2025-02-30" is not a real calendar date — write YYYY-MM-DD, e.g. 2025-03-11',
		);
	});

	it('writes a warning, and leaves out the line when it is not known', () => {
		expect(
			formatGithubAnnotation({
				file: 'content/sources/never-cited.yaml',
				field: 'source',
				message:
					'is never cited — cite it from an article, event, participant or claim, or delete the file',
				severity: 'warning',
			}),
		).toBe(
			'::warning file=content/sources/never-cited.yaml,title=source::is never cited — cite it from an article, event, participant or claim, or delete the file',
		);
	});

	it('escapes separators in properties and line breaks in the message', () => {
		expect(
			formatGithubAnnotation({
				file: 'content/articles/a,b.md',
				line: 1,
				field: 'attendance[0]: versions',
				message: '100% sure\r\nsecond line',
				severity: 'error',
			}),
		).toBe(
			'::error file=content/articles/a%2Cb.md,line=1,title=attendance[0]%3A versions::100%25 sure%0D%0Asecond line',
		);
	});
});

describe('escapeData and escapeProperty', () => {
	it('encode % first, so an existing %0A is not read as a line break', () => {
		expect(escapeData('%0A\n')).toBe('%250A%0A');
		expect(escapeProperty('%3A:,')).toBe('%253A%3A%2C');
	});

	it("leave a message's colons and commas alone", () => {
		expect(escapeData('a: b, c')).toBe('a: b, c');
	});
});
