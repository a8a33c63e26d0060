import type { RateLimit } from '../http-client.js';
import { ConnectorError } from '../connector-error.js';

/** Paces one connector instance's requests; the HTTP client acquires before every attempt. */
export interface RateLimiter {
  /** Resolves when a request may go; rejects with the signal's reason if it is aborted while waiting. */
  acquire(signal?: AbortSignal): Promise<void>;
}

interface Waiter {
  grant(): void;
}

/**
 * A token bucket: `burst` requests may go at once after an idle spell, then `requestsPerSecond`
 * sustained, first come first served. Create one per connector instance (the sync engine keeps the
 * registry), so parallel runs of the same instance share the vendor's allowance.
 *
 * @example
 * const limiter = createRateLimiter({ requestsPerSecond: 10, burst: 2 });
 * await Promise.all([limiter.acquire(), limiter.acquire()]); // at once
 * await limiter.acquire(); // about 100 ms later
 */
export function createRateLimiter(limit: RateLimit): RateLimiter {
  const { requestsPerSecond, burst } = limit;
  if (!(requestsPerSecond > 0) || !Number.isFinite(requestsPerSecond) || !(burst >= 1)) {
    throw new ConnectorError('config', `Invalid rate limit: expected requestsPerSecond > 0 and burst >= 1, got ${requestsPerSecond} and ${burst}`);
  }
  const waiting: Waiter[] = [];
  let tokens = burst;
  let refilledAt = performance.now();
  let timer: NodeJS.Timeout | undefined;

  function refill(): void {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) * requestsPerSecond) / 1000);
    refilledAt = now;
  }

  function drain(): void {
    timer = undefined;
    refill();
    while (waiting.length > 0 && tokens >= 1) {
      tokens -= 1;
      waiting.shift()!.grant();
    }
    if (waiting.length > 0) timer = setTimeout(drain, Math.ceil(((1 - tokens) * 1000) / requestsPerSecond));
  }

  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      refill();
      if (waiting.length === 0 && tokens >= 1) {
        tokens -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(signal!.reason);
        };
        const waiter: Waiter = {
          grant() {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(waiter);
        if (!timer) drain();
      });
    },
  };
}
