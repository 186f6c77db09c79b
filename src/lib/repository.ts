/**
 * Links from a page to the repository it is built from: the file to edit, its history, and a
 * correction issue with the page filled in. The repository URL is configured once, as
 * `SITE.repository` in src/site.ts; these builders assume GitHub's URL layout.
 */
import { COLLECTIONS, CONTENT_DIR } from './content/layout.ts';
import { toAbsoluteUrl, urls } from './urls.ts';

/** The branch the site is built from. */
export const DEFAULT_BRANCH = 'main';

/** The issue form in .github/ISSUE_TEMPLATE/ that "Suggest a correction" opens. */
export const CORRECTION_TEMPLATE = 'correction.yml';

/** `https://github.com/o/r` from `https://github.com/o/r/` or `https://github.com/o/r.git`. */
export function toRepositoryBase(repository: string): string {
	return repository.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** Encodes each segment of a repository path, keeping the slashes. */
function encodePath(path: string): string {
	return path.split('/').map(encodeURIComponent).join('/');
}

/** `content/articles/<id>.md`: where an article's text lives in the repository. */
export function toArticlePath(id: string): string {
	return `${CONTENT_DIR}/${COLLECTIONS.articles.folder}/${id}${COLLECTIONS.articles.extension}`;
}

/** A file as GitHub shows it, e.g. CONTRIBUTING.md on the default branch. */
export function toFileUrl(repository: string, path: string, branch = DEFAULT_BRANCH): string {
	return `${toRepositoryBase(repository)}/blob/${encodeURIComponent(branch)}/${encodePath(path)}`;
}

/** GitHub's editor for a file: it forks the repository for a contributor who cannot push. */
export function toEditUrl(repository: string, path: string, branch = DEFAULT_BRANCH): string {
	return `${toRepositoryBase(repository)}/edit/${encodeURIComponent(branch)}/${encodePath(path)}`;
}

/** Every commit that changed a file, newest first. */
export function toHistoryUrl(repository: string, path: string, branch = DEFAULT_BRANCH): string {
	return `${toRepositoryBase(repository)}/commits/${encodeURIComponent(branch)}/${encodePath(path)}`;
}

/**
 * A new issue from the correction form, with its title and page field filled in. Issue forms take
 * a field's value from the query parameter named after the field's `id`:
 * https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue#creating-an-issue-from-a-url-query
 */
export function toCorrectionIssueUrl(
	repository: string,
	page: { url: string; title: string },
): string {
	const query = new URLSearchParams({
		template: CORRECTION_TEMPLATE,
		title: `Correction: ${page.title}`,
		page: page.url,
	});
	return `${toRepositoryBase(repository)}/issues/new?${query.toString()}`;
}

export interface ArticleRepositoryLinks {
	/** Edit the article's file on GitHub. */
	edit: string;
	/** The article file's commits on GitHub. */
	history: string;
	/** Open a correction issue about the article. */
	correction: string;
}

/** The repository links of one article page. */
export function getArticleRepositoryLinks(options: {
	repository: string;
	/** The site's origin, for the page URL in the correction issue. */
	site: string;
	id: string;
	title: string;
	branch?: string;
}): ArticleRepositoryLinks {
	const { repository, site, id, title, branch = DEFAULT_BRANCH } = options;
	const path = toArticlePath(id);
	return {
		edit: toEditUrl(repository, path, branch),
		history: toHistoryUrl(repository, path, branch),
		correction: toCorrectionIssueUrl(repository, {
			url: toAbsoluteUrl(urls.article(id), site),
			title,
		}),
	};
}
