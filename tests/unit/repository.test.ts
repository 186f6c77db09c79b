import { describe, expect, it } from 'vitest';
import {
	toFileUrl,
	getArticleRepositoryLinks,
	toArticlePath,
	toCorrectionIssueUrl,
	toEditUrl,
	toHistoryUrl,
	toRepositoryBase,
} from '../../src/lib/repository.ts';

const REPO = 'https://github.com/paris-talks-tracker/paris-talks-tracker';

describe('repository links', () => {
	it('accepts the repository URL with a trailing slash or .git', () => {
		expect(toRepositoryBase(`${REPO}/`)).toBe(REPO);
		expect(toRepositoryBase(`${REPO}.git`)).toBe(REPO);
	});

	it('points at an article file on the main branch', () => {
		expect(toArticlePath('how-we-got-here')).toBe('content/articles/how-we-got-here.md');
		expect(toEditUrl(REPO, 'content/articles/how-we-got-here.md')).toBe(
			`${REPO}/edit/main/content/articles/how-we-got-here.md`,
		);
		expect(toHistoryUrl(REPO, 'content/articles/how-we-got-here.md', 'release')).toBe(
			`${REPO}/commits/release/content/articles/how-we-got-here.md`,
		);
	});

	it('opens the correction form with the title and the page filled in', () => {
		expect(
			toCorrectionIssueUrl(REPO, {
				url: 'https://paris-talks-tracker.github.io/articles/how-we-got-here/',
				title: 'How we got here: talk of a European force & “200,000”',
			}),
		).toBe(
			`${REPO}/issues/new?template=correction.yml&title=Correction%3A+How+we+got+here%3A+talk+of+a+European+force+%26+%E2%80%9C200%2C000%E2%80%9D&page=https%3A%2F%2Fparis-talks-tracker.github.io%2Farticles%2Fhow-we-got-here%2F`,
		);
	});

	it('gives an article page all three links', () => {
		expect(
			getArticleRepositoryLinks({
				repository: REPO,
				site: 'https://paris-talks-tracker.github.io',
				id: 'what-followed-paris',
				title: 'What followed',
			}),
		).toEqual({
			edit: `${REPO}/edit/main/content/articles/what-followed-paris.md`,
			history: `${REPO}/commits/main/content/articles/what-followed-paris.md`,
			correction: `${REPO}/issues/new?template=correction.yml&title=Correction%3A+What+followed&page=https%3A%2F%2Fparis-talks-tracker.github.io%2Farticles%2Fwhat-followed-paris%2F`,
		});
	});

	it('links to a file on the default branch', () => {
		expect(toFileUrl('https://github.com/o/r.git', 'CONTRIBUTING.md')).toBe(
			'https://github.com/o/r/blob/main/CONTRIBUTING.md',
		);
	});
});
