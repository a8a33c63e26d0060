import axios from 'axios';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as delay } from 'node:timers/promises';
import { ConnectorError } from '../connector-error.js';
import type { HttpClient, HttpOptions, HttpRequest, HttpResponse, RetryPolicy } from '../http-client.js';
import type { ConnectorLogger } from '../logger.js';
import { attemptRequest } from './attempt-request.js';
import type { RateLimiter } from './create-rate-limiter.js';
import { ABORTED, type Failure } from './failure.js';
import { fullJitter } from './full-jitter.js';
import { redactor } from './redact.js';
import { parseBaseUrl, resolveRequestUrl } from './resolve-request-url.js';

export interface HttpClientOptions extends HttpOptions {
  retry?: Partial<RetryPolicy>;
  /** The connector instance's limiter; acquired before every attempt, retries included. */
  rateLimiter?: RateLimiter;
  /** Per attempt, unless the request sets its own (default 30 s). */
  timeoutMs?: number;
  log?: ConnectorLogger;
  /** Cancels waits and requests in flight; the request then fails as `transient` "aborted". */
  signal?: AbortSignal;
  /** For tests: the jitter draw in [0, 1) and the wait between attempts. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 300_000,
};

/**
 * The SDK's HttpClient on axios. Retries 429, 5xx, network errors, timeouts and truncated JSON with
 * full-jitter backoff, except that a `Retry-After` always sets the wait; never retries other statuses.
 * Every failure is a ConnectorError naming method, path and status, with each secret (and the
 * Authorization value) redacted, as in every log line. Throws `config` at once for a bad base URL.
 *
 * @example
 * const http = createHttpClient({ baseURL: 'https://acme.test/api', headers: { authorization: 'Token t0ken' }, secrets: ['t0ken'] });
 * (await http.request<{ id: number }>({ url: '/me' })).data; //=> { id: 7 }
 * await http.request({ url: '/missing' }); //=> throws ConnectorError('fatal', 'GET /api/missing failed: 404 Not Found')
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const mask = redactor([...options.secrets, ...credentialValues(options.headers)]);
  const base = parseBaseUrl(options.baseURL, mask);
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const { log, rateLimiter, signal, random = Math.random, sleep = defaultSleep, timeoutMs = 30_000 } = options;
  const transport = axios.create({
    adapter: 'http',
    // Keep-alive: a sync sends thousands of requests to one host; a new TLS handshake each would dominate.
    httpAgent: new http.Agent({ keepAlive: true }),
    httpsAgent: new https.Agent({ keepAlive: true }),
    // Not followed: a redirect to another host would carry the credentials along.
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
  });

  return {
    async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
      const method = request.method ?? 'GET';
      const target = resolveRequestUrl(base, request, mask);
      const sameOrigin = target.origin === base.origin;
      const path = mask(sameOrigin ? target.pathname + target.search : target.href);
      const fail = (failure: Failure, attempts: number): ConnectorError => {
        const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
        const said = failure.vendorMessage ? `; the vendor said "${failure.vendorMessage}"` : '';
        return new ConnectorError(failure.kind, mask(`${method} ${path} failed: ${failure.reason}${tried}${said}`), {
          status: failure.status, retryAfterMs: failure.retryAfterMs, url: mask(target.origin) + path,
        });
      };
      const orAborted = <R>(promise: Promise<R>, attempts: number): Promise<R> =>
        promise.catch((error: unknown) => {
          throw signal?.aborted ? fail(ABORTED, attempts) : error;
        });
      // The vendor's credentials go to the vendor's origin only.
      const headers = sameOrigin ? { ...options.headers, ...request.headers } : { ...request.headers };

      for (let attempt = 1; ; attempt++) {
        if (rateLimiter) await orAborted(rateLimiter.acquire(signal), attempt);
        const started = performance.now();
        const result = await attemptRequest(transport, {
          method, url: target.href, headers, data: request.data, timeoutMs: request.timeoutMs ?? timeoutMs, signal,
        });
        const status = result.response ? result.response.status : result.failure.status;
        const ms = Math.round(performance.now() - started);
        const reason = result.failure && { reason: mask(result.failure.reason) };
        log?.debug({ method, path, status, ms, attempt, ...reason }, 'http request');
        if (result.response) return result.response as HttpResponse<T>;

        const { failure } = result;
        if (!failure.retryable || attempt >= policy.maxAttempts) throw fail(failure, attempt);
        if (failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs) {
          const limit = `Retry-After ${failure.retryAfterMs} ms is over the ${policy.maxRetryAfterMs} ms limit`;
          throw fail({ ...failure, reason: `${failure.reason}; ${limit}` }, attempt);
        }
        // Retry-After wins over the backoff: the vendor knows when its window reopens.
        const delayMs = failure.retryAfterMs ?? fullJitter(attempt - 1, policy, random);
        log?.warn({ method, path, status, reason: mask(failure.reason), attempt, delayMs }, 'http retry');
        await orAborted(sleep(delayMs, signal), attempt);
      }
    },
  };
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal });
}

/** The Authorization value and its credential part (after `Basic ` / `Bearer `), which must be redacted too. */
function credentialValues(headers: Record<string, string>): string[] {
  return Object.entries(headers)
    .filter(([name]) => name.toLowerCase() === 'authorization')
    .flatMap(([, value]) => [value, value.replace(/^\S+\s+/, '')]);
}
