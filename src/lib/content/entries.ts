/** The validated content, as plain data, that the rules and the site work on. */
import type { Root } from 'mdast';
import type { Article } from '../schema/article.ts';
import type { BlockedDomain } from '../schema/blocked-domain.ts';
import type { Claim } from '../schema/claim.ts';
import type { Event } from '../schema/event.ts';
import type { Participant } from '../schema/participant.ts';
import type { Source } from '../schema/source.ts';

export interface Entry<T> {
	id: string;
	/** Repository-relative path of the file. */
	file: string;
	data: T;
	/** The line of a field in the file, when known. */
	lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
	/**
	 * Set when the file has problems and `data` leaves out its broken fields: checked against the
	 * other entries, never published.
	 */
	partial?: true;
}

export interface ArticleEntry extends Entry<Article> {
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	/** Source ids cited in the body, in order of first citation. */
	citedSources: string[];
	/** Absolute links in the body, with their line in the file. */
	links: Array<{ url: string; line?: number }>;
	/**
	 * The parsed body, checked by the gate; the content loader renders it without parsing again,
	 * then lets it go (undefined from then on), so a build never holds every tree at once.
	 */
	tree?: Root | undefined;
}

export interface ContentSet {
	articles: ArticleEntry[];
	events: Array<Entry<Event>>;
	participants: Array<Entry<Participant>>;
	sources: Array<Entry<Source>>;
	claims: Array<Entry<Claim>>;
	blockedDomains: Array<Entry<BlockedDomain>>;
}
