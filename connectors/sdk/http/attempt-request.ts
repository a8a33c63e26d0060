import type { AxiosInstance, AxiosResponse } from 'axios';
import type { HttpResponse } from '../http-client.js';
import { failureFromError, failureFromStatus, type Failure } from './failure.js';
import { parseBody } from './parse-body.js';

export interface Attempt {
  method: string;
  url: string;
  headers: Record<string, string>;
  data: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type AttemptResult = { response: HttpResponse; failure?: undefined } | { response?: undefined; failure: Failure };

/**
 * Sends one attempt and never throws: the answer, or a classified Failure. The transport must be set
 * up to resolve every status and hand bodies over as text (see createHttpClient).
 *
 * @example
 * await attemptRequest(transport, { method: 'GET', url: 'https://acme.test/me', headers, data: undefined, timeoutMs: 30_000 });
 * //=> { response: { status: 200, headers: { 'content-type': 'application/json' }, data: { id: 7 }, url: 'https://acme.test/me' } }
 */
export async function attemptRequest(transport: AxiosInstance, attempt: Attempt): Promise<AttemptResult> {
  let answer: AxiosResponse<string>;
  try {
    answer = await transport.request<string>({
      method: attempt.method, url: attempt.url, headers: attempt.headers, data: attempt.data,
      timeout: attempt.timeoutMs, signal: attempt.signal,
    });
  } catch (error) {
    return { failure: failureFromError(error, attempt.timeoutMs) };
  }
  const headers = lowerCaseHeaders(answer.headers);
  const body = parseBody(answer.data, headers['content-type']);
  if (answer.status < 200 || answer.status >= 300) {
    return { failure: failureFromStatus(answer.status, headers, body.ok ? body.value : answer.data) };
  }
  if (!body.ok) return { failure: { ...body.failure, status: answer.status } };
  return { response: { status: answer.status, headers, data: body.value, url: attempt.url } };
}

function lowerCaseHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null) lowered[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return lowered;
}
