import { describe, expect, it } from 'vitest';
import {
	parseSnapshotUrl,
	parseWaybackTimestamp,
	toAvailabilityUrl,
	toSaveUrl,
	toWaybackDay,
	toWaybackLookupUrl,
} from '../../../src/lib/archive/wayback-urls.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('toAvailabilityUrl', () => {
	it('asks for the address, percent-encoded, and the day as YYYYMMDD', () => {
		expect(
			toAvailabilityUrl('https://archive.org', 'https://example.org/a?b=1&c=2', day('2026-11-24')),
		).toBe(
			'https://archive.org/wayback/available?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2&timestamp=20261124',
		);
	});

	it('takes a stand-in origin, with or without a trailing slash', () => {
		expect(toAvailabilityUrl('http://127.0.0.1:9/', 'https://x.org/', day('2025-03-01'))).toBe(
			'http://127.0.0.1:9/wayback/available?url=https%3A%2F%2Fx.org%2F&timestamp=20250301',
		);
	});
});

describe('toWaybackDay', () => {
	it('writes the UTC day, whatever the process zone', () => {
		expect(toWaybackDay(new Date('2025-03-11T23:30:00Z'))).toBe('20250311');
	});
});

describe('toSaveUrl', () => {
	it('puts the address after /save/ as it is', () => {
		expect(toSaveUrl('https://web.archive.org', 'https://example.org/a?b=1')).toBe(
			'https://web.archive.org/save/https://example.org/a?b=1',
		);
	});
});

describe('toWaybackLookupUrl', () => {
	it('links the calendar of every capture of the address', () => {
		expect(toWaybackLookupUrl('https://example.org/2025/03/story?id=4')).toBe(
			'https://web.archive.org/web/*/https://example.org/2025/03/story?id=4',
		);
	});

	it('drops the fragment, which is not part of a captured address', () => {
		expect(toWaybackLookupUrl('https://example.org/live#post-12')).toBe(
			'https://web.archive.org/web/*/https://example.org/live',
		);
	});
});

describe('parseWaybackTimestamp', () => {
	it('reads 14 digits as a UTC time', () => {
		expect(parseWaybackTimestamp('20250312093005')?.toISOString()).toBe('2025-03-12T09:30:05.000Z');
	});

	it('refuses a time that does not exist and a short stamp', () => {
		expect(parseWaybackTimestamp('20250230093005')).toBe(undefined);
		expect(parseWaybackTimestamp('20250312246000')).toBe(undefined);
		expect(parseWaybackTimestamp('20250312')).toBe(undefined);
	});
});

describe('parseSnapshotUrl', () => {
	it('reads the http address the API gives and returns it as https', () => {
		const snapshot = parseSnapshotUrl(
			'http://web.archive.org/web/20250312093005/https://example.org/a?b=1',
		);
		expect(snapshot?.url).toBe(
			'https://web.archive.org/web/20250312093005/https://example.org/a?b=1',
		);
		expect(snapshot?.original).toBe('https://example.org/a?b=1');
		expect(snapshot?.capturedAt.toISOString()).toBe('2025-03-12T09:30:05.000Z');
	});

	it('reads a path as Save Page Now returns it, and drops a replay flag such as id_', () => {
		expect(parseSnapshotUrl('/web/20261202061500id_/https://example.org/')?.url).toBe(
			'https://web.archive.org/web/20261202061500/https://example.org/',
		);
	});

	it('refuses other hosts, the calendar and a bad timestamp', () => {
		expect(parseSnapshotUrl('https://evil.example/web/20250312093005/https://example.org/')).toBe(
			undefined,
		);
		expect(parseSnapshotUrl('https://web.archive.org/web/*/https://example.org/')).toBe(undefined);
		expect(parseSnapshotUrl('https://web.archive.org/web/20251312093005/https://x.org/')).toBe(
			undefined,
		);
	});
});
