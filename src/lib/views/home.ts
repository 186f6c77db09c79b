/**
 * The home page: the latest development first, then what we know about the key meeting (its
 * confirmed claims), the latest articles and where to go next.
 */
import { getConfirmedClaims } from './claims.ts';
import type { ArticleItem, ContentIndex, Link } from '../content/content-index.ts';
import type { StoryOptions } from './story.ts';
import { toTimelineEntry, type TimelineEntry } from './timeline.ts';
import { urls } from '../urls.ts';
import { byWhen } from '../when.ts';
import { HOME_ARTICLE_LIMIT } from './pagination.ts';

/** How many confirmed claims the "what we know" block shows. */
export const KNOWN_CLAIMS_LIMIT = 5;

/** Everything the home page prints. */
export interface HomePage {
	/** The most recent event on the timeline; undefined before any event exists. */
	latest?: Pick<TimelineEntry, 'id' | 'title' | 'summary' | 'when' | 'status' | 'statusLabel'> & {
		href: string;
	};
	/** Confirmed claims about the key meeting, in the order the meeting lists them. */
	known: Array<Link & { id: string }>;
	/** How many claims are confirmed across the site. */
	confirmedCount: number;
	/** Newest first. */
	/** The newest articles, at most HOME_ARTICLE_LIMIT. */
	articles: readonly ArticleItem[];
	/** How many articles there are in all. */
	articleCount: number;
	counts: { events: number; participants: number; sources: number; disputed: number };
}

/** The home page model. `index.content.articles` must be newest first. */
export function buildHomePage(
	index: ContentIndex,
	story: Pick<StoryOptions, 'keyEventId'>,
): HomePage {
	const { content } = index;
	const last = [...content.events].sort(byWhen).at(-1);
	const hasKeyEvent = content.events.some((event) => event.id === story.keyEventId);
	const page: HomePage = {
		known: hasKeyEvent ? getConfirmedClaims(index, story.keyEventId, KNOWN_CLAIMS_LIMIT) : [],
		confirmedCount: content.claims.filter((claim) => claim.data.status === 'confirmed').length,
		articles: content.articles.slice(0, HOME_ARTICLE_LIMIT),
		articleCount: content.articles.length,
		counts: {
			events: content.events.length,
			participants: content.participants.length,
			sources: content.sources.length,
			disputed: content.claims.filter((claim) => claim.data.status === 'disputed').length,
		},
	};
	if (last) {
		const { id, title, summary, when, status, statusLabel } = toTimelineEntry(index, last);
		page.latest = { id, title, summary, when, status, statusLabel, href: urls.event(id) };
	}
	return page;
}
