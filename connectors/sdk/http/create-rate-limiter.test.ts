import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../connector-error.js';
import { createRateLimiter } from './create-rate-limiter.js';

describe('createRateLimiter', () => {
  it('lets a burst through at once, then paces at requestsPerSecond', async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 50, burst: 3 });
    const started = performance.now();
    const grantedAt: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => limiter.acquire().then(() => grantedAt.push(performance.now() - started))));
    expect(grantedAt.slice(0, 3).every((ms) => ms < 15)).toBe(true);
    // Three more tokens at 20 ms each.
    expect(grantedAt[5]).toBeGreaterThanOrEqual(55);
    expect(grantedAt[5]).toBeLessThan(250);
  });

  it('grants in arrival order', async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 200, burst: 1 });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((index) => limiter.acquire().then(() => order.push(index))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('refills up to burst after an idle spell, not beyond', async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 100, burst: 2 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(8);
  });

  it("rejects an aborted wait with the signal's reason and serves the next in line", async () => {
    const limiter = createRateLimiter({ requestsPerSecond: 20, burst: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    controller.abort(new Error('run cancelled'));
    await expect(aborted).rejects.toThrow('run cancelled');
    const started = performance.now();
    await next;
    expect(performance.now() - started).toBeLessThan(80);
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('run cancelled');
  });

  it.each([
    { requestsPerSecond: 0, burst: 1 }, { requestsPerSecond: -1, burst: 1 }, { requestsPerSecond: Number.NaN, burst: 1 },
    { requestsPerSecond: 10, burst: 0 }, { requestsPerSecond: Number.POSITIVE_INFINITY, burst: 1 },
  ])('refuses %o as config', (limit) => {
    expect(() => createRateLimiter(limit)).toThrow(ConnectorError);
  });
});
