/**
 * Every built page through html-validate, as a reader's browser would get it. The configuration is
 * .htmlvalidate.json: the recommended rules, except two that do not fit this site —
 * - `valid-id` relaxed to what HTML requires: ids are the content ids (`2025-03-11-paris-chiefs-meeting`),
 *   one name for one thing across files, URLs and pages, and HTML allows them to start with a digit;
 * - `long-title` off: a page title is the headline plus the site name, and headlines are written for
 *   readers, not cut to a search engine's display width.
 */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, listPages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML of every page', () => {
	it('passes html-validate', async () => {
		const problems: string[] = [];
		for (const page of listPages()) {
			const report = await validator.validateFile(join(DIST, page));
			for (const result of report.results) {
				for (const message of result.messages) {
					problems.push(
						`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
					);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});
