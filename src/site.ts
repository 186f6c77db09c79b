/** Site-wide constants. Change the base URL here when the site moves. */
export const SITE = {
	title: 'Paris Talks Tracker',
	description:
		'A sourced tracker of the 11 March 2025 Paris talks where European-led military chiefs planned a security force for Ukraine, without the United States.',
	/** Absolute origin used for canonical URLs and feeds. */
	url: 'https://paris-talks-tracker.github.io',
	/** The language of every page (BCP 47). */
	lang: 'en',
	/** Dates of things that happened are shown as the sources give them; "today" is taken in this zone. */
	timeZone: 'Europe/Paris',
	/** The day the site went live, YYYY-MM-DD: no article can have been published here before it. */
	launched: '2026-11-26',
	/**
	 * Where our sources stop (dossier addendum, checked 2026-12-02), said wherever a reader might
	 * take the last event for the end of the story. Change it when newer sources are added.
	 */
	coverage:
		'Our sources end in May 2026. Nothing later is on this site yet; that does not mean nothing happened.',
	/** Where the content lives, for "Edit this page" links. */
	repository: 'https://github.com/paris-talks-tracker/paris-talks-tracker',
} as const;
