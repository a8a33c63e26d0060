/**
 * The HTTP client every connector uses (implemented in `http/`). It is built by the SDK runtime from a
 * connector's `httpOptions`, one per connector instance, and injected into `check` and `read`:
 * connectors never build their own axios instance.
 */
export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the client's base URL, or absolute (absolute URLs must stay on the base URL's origin unless `allowOtherOrigin`). */
  url: string;
  params?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  data?: unknown;
  timeoutMs?: number;
  /** For the few calls that must leave the vendor host (e.g. a webhook key URL the connector validated). */
  allowOtherOrigin?: boolean;
}

export interface HttpResponse<T = unknown> {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  data: T;
  url: string;
}

export interface HttpClient {
  /** Sends with retries (429 / 5xx / network / timeout, full jitter, Retry-After wins); throws ConnectorError. */
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
}

/** What a connector returns from its config so the runtime can build its client. */
export interface HttpOptions {
  baseURL: string;
  /** Sent on every request: auth, version negotiation. */
  headers: Record<string, string>;
  /** Values that must never appear in an error message or log line (keys, tokens, the Authorization value). */
  secrets: string[];
}

export interface RetryPolicy {
  /** Total attempts including the first (default 5). */
  maxAttempts: number;
  /** Full-jitter backoff: sleep = random(0, min(maxDelayMs, baseDelayMs * 2^attempt)). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After above this fails the request as rate_limited instead of sleeping (default 5 min). */
  maxRetryAfterMs: number;
}

export interface RateLimit {
  /** Sustained requests per second for one connector instance. */
  requestsPerSecond: number;
  /** Requests that may go at once after an idle spell. */
  burst: number;
}
