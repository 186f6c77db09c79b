import { describe, expect, it } from 'vitest';
import { chooseSnapshot, isSameAddress } from '../../../src/lib/archive/choose-snapshot.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const snapshot = (at: string, original = 'https://example.org/story') => ({
	url: `https://web.archive.org/web/x/${original}`,
	capturedAt: new Date(at),
	original,
});
const wanted = {
	url: 'https://example.org/story',
	accessed: day('2026-11-24'),
	published: day('2025-03-10'),
	maxDays: 365,
};

describe('chooseSnapshot', () => {
	it('takes a capture of the same page between publication and a year from the day read', () => {
		expect(chooseSnapshot(snapshot('2026-11-25T10:00:00Z'), wanted)).toEqual({ ok: true });
		expect(chooseSnapshot(snapshot('2025-11-24T23:59:00Z'), wanted)).toEqual({ ok: true });
		// The publication day itself counts, whatever the hour.
		expect(chooseSnapshot(snapshot('2025-03-10T06:00:00Z'), { ...wanted, maxDays: 700 })).toEqual({
			ok: true,
		});
	});

	it('refuses a capture more than maxDays from the day read, on either side', () => {
		expect(chooseSnapshot(snapshot('2025-11-23T12:00:00Z'), wanted)).toEqual({
			ok: false,
			reason: 'the closest snapshot is 366 days from the day we read it (more than 365)',
		});
		expect(chooseSnapshot(snapshot('2027-12-01T00:00:00Z'), wanted)).toEqual({
			ok: false,
			reason: 'the closest snapshot is 372 days from the day we read it (more than 365)',
		});
	});

	it('refuses a capture from before the document was published', () => {
		expect(chooseSnapshot(snapshot('2025-03-09T23:00:00Z'), { ...wanted, maxDays: 1000 })).toEqual({
			ok: false,
			reason: 'the snapshot was taken before the document was published',
		});
	});

	it('has no lower bound when the publication day is unknown', () => {
		const unknown = { url: wanted.url, accessed: wanted.accessed, maxDays: 5000 };
		expect(chooseSnapshot(snapshot('2024-01-01T00:00:00Z'), unknown)).toEqual({ ok: true });
	});

	it('refuses a capture of another address', () => {
		expect(
			chooseSnapshot(snapshot('2026-11-25T00:00:00Z', 'https://example.org/'), wanted),
		).toEqual({ ok: false, reason: 'the snapshot is of another address (https://example.org/)' });
	});
});

describe('isSameAddress', () => {
	it('ignores the scheme, www., a default port, a trailing slash and a fragment', () => {
		expect(isSameAddress('http://www.Example.org:80/a/', 'https://example.org/a#top')).toBe(true);
		expect(isSameAddress('example.org/a', 'https://example.org/a')).toBe(true);
	});

	it('tells apart another path or query', () => {
		expect(isSameAddress('https://example.org/a', 'https://example.org/b')).toBe(false);
		expect(isSameAddress('https://example.org/a?id=1', 'https://example.org/a?id=2')).toBe(false);
	});
});
