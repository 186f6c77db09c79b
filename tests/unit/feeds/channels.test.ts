import { describe, expect, it } from 'vitest';
import {
	getParticipantChannel,
	getSiteChannel,
	getTagChannel,
	getTimelineChannel,
} from '../../../src/lib/feeds/channels.ts';
import { getContent } from '../../helpers/content.ts';

const site = {
	url: 'https://example.org',
	title: 'Tracker',
	description: 'All of it.',
	lang: 'en',
};
const content = getContent();
// The gate reads bodies but does not render them; a stand-in body is enough for channel metadata.
const rendered = {
	...content,
	articles: content.articles.map((article) => ({ ...article, rendered: { html: '<p>Body.</p>' } })),
};

describe('feed channels', () => {
	it('names the site feed and gives its own address', () => {
		const channel = getSiteChannel(rendered, site, '/atom.xml');
		expect(channel).toMatchObject({
			title: 'Tracker',
			link: 'https://example.org/',
			self: 'https://example.org/atom.xml',
			language: 'en',
		});
		expect(channel.entries).toHaveLength(content.articles.length);
	});

	it('follows a participant page and a tag page', () => {
		const participant = getParticipantChannel(rendered, 'france', site);
		expect(participant).toMatchObject({
			title: 'Tracker: France',
			link: 'https://example.org/participants/france/',
			self: 'https://example.org/participants/france/rss.xml',
		});
		expect(participant.entries.length).toBe(
			content.articles.filter((a) => a.data.participants.includes('france')).length,
		);
		expect(getTagChannel(rendered, 'security-force', site).title).toBe('Tracker: security force');
	});

	it('has one timeline item per event', () => {
		expect(getTimelineChannel(rendered, site).entries).toHaveLength(content.events.length);
	});

	it('says which article has no rendered HTML, and which participant does not exist', () => {
		const [first] = content.articles;
		expect(() =>
			getSiteChannel({ ...content, articles: first ? [first] : [] }, site, '/rss.xml'),
		).toThrow(
			`article "${first?.id}" has no rendered HTML — is content/articles/${first?.id}.md a Markdown file?`,
		);
		expect(() =>
			getParticipantChannel(rendered, 'atlantis', site),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: no participant "atlantis" in content/participants/]`,
		);
	});
});
