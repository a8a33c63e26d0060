import axios from 'axios';
import { STATUS_CODES } from 'node:http';
import type { ConnectorErrorKind } from '../connector-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { vendorMessage } from './vendor-message.js';

/**
 * One failed attempt, classified. `kind` is what the request fails with once it stops retrying:
 * `rate_limited` for 429, `transient` for 5xx / network / timeout / truncated bodies (all retryable),
 * `auth` for 401 / 403, `fatal` for other statuses and unreadable bodies (never retried).
 */
export interface Failure {
  kind: ConnectorErrorKind;
  retryable: boolean;
  /** What went wrong, for the error message: `503 Service Unavailable`, `no answer within 30000 ms`. */
  reason: string;
  status?: number;
  retryAfterMs?: number;
  vendorMessage?: string;
}

/** The request was cancelled through its AbortSignal: the caller stopped it, so no retry. */
export const ABORTED: Failure = { kind: 'transient', retryable: false, reason: 'aborted' };

/**
 * Classifies a non-2xx answer. Redirects are not followed by the client (they could carry the
 * credentials to another host), so a 3xx is fatal too.
 *
 * @example
 * failureFromStatus(429, { 'retry-after': '3' }, {}); //=> { kind: 'rate_limited', retryable: true, retryAfterMs: 3000, ... }
 * failureFromStatus(404, {}, { message: 'Ticket not found' }).kind; //=> 'fatal'
 */
export function failureFromStatus(status: number, headers: Record<string, string>, body: unknown): Failure {
  const common = {
    status,
    reason: `${status} ${STATUS_CODES[status] ?? 'Unknown Status'}`,
    vendorMessage: vendorMessage(body),
  };
  if (status === 429) return { ...common, kind: 'rate_limited', retryable: true, retryAfterMs: parseRetryAfter(headers['retry-after']) };
  if (status >= 500) return { ...common, kind: 'transient', retryable: true, retryAfterMs: parseRetryAfter(headers['retry-after']) };
  if (status === 401 || status === 403) return { ...common, kind: 'auth', retryable: false };
  return { ...common, kind: 'fatal', retryable: false };
}

/**
 * Classifies an exception from the transport: timeouts and network errors are transient; a
 * programming error (a bad option, an invalid header) is fatal. The AxiosError itself never leaves the
 * client: it holds the request's headers, credentials included.
 *
 * @example
 * failureFromError(axiosTimeoutError, 30_000); //=> { kind: 'transient', retryable: true, reason: 'no answer within 30000 ms' }
 * failureFromError(econnresetError, 30_000).reason; //=> 'network error ECONNRESET'
 */
export function failureFromError(error: unknown, timeoutMs: number): Failure {
  if (axios.isCancel(error)) return ABORTED;
  if (!axios.isAxiosError(error)) return { kind: 'fatal', retryable: false, reason: String(error) };
  const code = error.code ?? '';
  if (code === 'ETIMEDOUT' || (code === 'ECONNABORTED' && /timeout/i.test(error.message))) {
    return { kind: 'transient', retryable: true, reason: `no answer within ${timeoutMs} ms` };
  }
  // System errors (ECONNRESET, ECONNREFUSED, EAI_AGAIN, ...) and a response cut off mid-stream.
  if (/^E(?!RR_)/.test(code) || code === 'ERR_NETWORK' || code === 'ERR_BAD_RESPONSE') {
    return { kind: 'transient', retryable: true, reason: `network error ${code}` };
  }
  return { kind: 'fatal', retryable: false, reason: `${code || 'request error'}: ${error.message}` };
}
