import { createRateLimiter, type RateLimit, type RateLimiter } from '../../../connectors/sdk/index.js';

/** One rate limiter per connector instance in this process, shared by all its syncs and checks. */
export class RateLimiters {
  private readonly byInstance = new Map<string, RateLimiter>();

  for(instanceId: string, limit: RateLimit): RateLimiter {
    let limiter = this.byInstance.get(instanceId);
    if (!limiter) {
      limiter = createRateLimiter(limit);
      this.byInstance.set(instanceId, limiter);
    }
    return limiter;
  }
}
