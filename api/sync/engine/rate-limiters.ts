import { createRateLimiter, type RateLimit, type RateLimiter } from '../../../connectors/sdk/index.js';

/** One rate limiter per connector instance in this process, shared by all its syncs and checks; a changed limit gets a new one. */
export class RateLimiters {
  private readonly byInstance = new Map<string, { limit: string; limiter: RateLimiter }>();

  for(instanceId: string, limit: RateLimit): RateLimiter {
    const key = `${limit.requestsPerSecond}/${limit.burst}`;
    let entry = this.byInstance.get(instanceId);
    if (entry?.limit !== key) {
      entry = { limit: key, limiter: createRateLimiter(limit) };
      this.byInstance.set(instanceId, entry);
    }
    return entry.limiter;
  }
}
