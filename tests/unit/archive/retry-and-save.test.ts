import { describe, expect, it } from 'vitest';
import { isRetryable, parseRetryAfter, retryDelay } from '../../../src/lib/archive/retry.ts';
import { parseSaveReply } from '../../../src/lib/archive/save-reply.ts';

const NOW = new Date('2026-12-02T06:00:00Z');

describe('parseRetryAfter', () => {
	it('reads seconds and an HTTP date, in milliseconds from now', () => {
		expect(parseRetryAfter('120', NOW)).toBe(120_000);
		expect(parseRetryAfter('Wed, 02 Dec 2026 06:00:30 GMT', NOW)).toBe(30_000);
	});

	it('gives nothing for a missing or unreadable header, and never a negative wait', () => {
		expect(parseRetryAfter(null, NOW)).toBe(undefined);
		expect(parseRetryAfter('soon', NOW)).toBe(undefined);
		expect(parseRetryAfter('Wed, 02 Dec 2026 05:00:00 GMT', NOW)).toBe(0);
	});
});

describe('retryDelay', () => {
	const options = { backoffMs: 1000, maxWaitMs: 5000 };

	it('doubles from the first backoff, up to the longest wait', () => {
		expect([0, 1, 2, 3].map((attempt) => retryDelay(attempt, options))).toEqual([
			1000, 2000, 4000, 5000,
		]);
	});

	it('waits as long as Retry-After says, within the longest wait', () => {
		expect(retryDelay(2, { ...options, retryAfterMs: 1500 })).toBe(1500);
		expect(retryDelay(0, { ...options, retryAfterMs: 60_000 })).toBe(5000);
	});
});

describe('isRetryable', () => {
	it('asks again after 429 and 5xx only', () => {
		expect([200, 404, 429, 500, 503, 302].map(isRetryable)).toEqual([
			false,
			false,
			true,
			true,
			true,
			false,
		]);
	});
});

describe('parseSaveReply', () => {
	it('reads the capture from a redirect or from Content-Location', () => {
		expect(
			parseSaveReply({ status: 302, location: '/web/20261202061500/https://example.org/a' }),
		).toMatchObject({
			kind: 'captured',
			snapshot: { url: 'https://web.archive.org/web/20261202061500/https://example.org/a' },
		});
		expect(
			parseSaveReply({
				status: 200,
				contentLocation: '/web/20261202061500/https://example.org/a',
			}),
		).toMatchObject({ kind: 'captured' });
	});

	it('takes a 200 without a snapshot for a queued capture', () => {
		expect(parseSaveReply({ status: 200, location: null, contentLocation: null })).toEqual({
			kind: 'queued',
		});
	});

	it('refuses a redirect elsewhere and an error status', () => {
		expect(parseSaveReply({ status: 302, location: 'https://archive.org/account/login' })).toEqual({
			kind: 'refused',
			message: 'Save Page Now redirected to "https://archive.org/account/login", not to a snapshot',
		});
		expect(parseSaveReply({ status: 403 })).toEqual({
			kind: 'refused',
			message: 'Save Page Now refused an anonymous capture (HTTP 403)',
		});
		expect(parseSaveReply({ status: 404 })).toEqual({
			kind: 'refused',
			message: 'Save Page Now answered HTTP 404',
		});
	});
});
