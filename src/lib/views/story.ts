/**
 * The few entries the reader pages single out, by id. They name files in content/, so they live
 * here rather than in each page; the functions that use them take them as arguments, so tests can
 * pass their own.
 */
export const STORY = {
	/** The meeting the site is about: the home page and the participant groups start from it. */
	keyEventId: '2025-03-11-paris-chiefs-meeting',
	/** How pages refer to that meeting in running text. */
	keyEventName: 'the 11 March meeting',
	/** The preview this site started from; claims that correct it are listed as corrections. */
	foundingSourceId: 'founding-article',
	/** Countries with a group of their own on /participants/, in this order (issue 4). */
	ownGroups: [
		{ id: 'ukraine', heading: 'Ukraine' },
		{ id: 'united-states', heading: 'The United States' },
	],
} as const;

/** The parts of STORY that grouping needs; tests pass their own. */
export interface StoryOptions {
	keyEventId: string;
	keyEventName: string;
	ownGroups: ReadonlyArray<{ id: string; heading: string }>;
}
