/**
 * When to ask again after the archive says "too many requests" (429) or fails (5xx): as long as
 * its `Retry-After` header says, or else twice as long as the previous wait. The archive is a
 * shared, free service; a tool that hammers it gets its address blocked for everyone on the same
 * runner.
 */

/** Whether a status is worth asking again for: rate-limited or a server failure. */
export function isRetryable(status: number): boolean {
	return status === 429 || (status >= 500 && status <= 599);
}

/**
 * A `Retry-After` header in milliseconds: either whole seconds (`120`) or an HTTP date, counted
 * from `now`. Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
	if (value === null || value === undefined) return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const at = Date.parse(text);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - now.getTime());
}

/** How long to wait before retry number `attempt` (0 for the first retry). */
export function retryDelay(
	attempt: number,
	options: { backoffMs: number; maxWaitMs: number; retryAfterMs?: number | undefined },
): number {
	const wait = options.retryAfterMs ?? options.backoffMs * 2 ** attempt;
	return Math.min(wait, options.maxWaitMs);
}
