import type { FakeReply } from '../../../sdk/fake/index.js';

const CODES: Record<number, string> = {
  400: 'InvalidObject', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 429: 'TooManyRequests',
  500: 'UnexpectedError', 502: 'BadGateway', 503: 'ServiceUnavailable',
};

/**
 * A ConnectWise-shaped error reply, `{ code, message, errors }` (the shape connectwise-rest and the
 * PowerShell module read; the exact `code` strings are VERIFY).
 *
 * @example
 * cwError(404, 'Ticket Id 9 not found.'); //=> { status: 404, body: { code: 'NotFound', message: 'Ticket Id 9 not found.', errors: null } }
 */
export function cwError(status: number, message: string, errors: { code: string; message: string; resource?: string; field?: string }[] | null = null): FakeReply {
  return { status, body: cwErrorBody(status, message, errors) };
}

/** The body alone, for the kit's injected faults. */
export function cwErrorBody(status: number, message?: string, errors: unknown = null): { code: string; message: string; errors: unknown } {
  return { code: CODES[status] ?? 'UnexpectedError', message: message ?? defaultMessage(status), errors };
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'You do not have permission to access this resource.';
  if (status === 429) return 'Too many requests, slow down.';
  return status >= 500 ? 'An error occurred, please try again.' : 'The request is invalid.';
}
