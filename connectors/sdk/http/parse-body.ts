import type { Failure } from './failure.js';

export type ParsedBody = { ok: true; value: unknown } | { ok: false; failure: Failure };

/**
 * Reads a response body: JSON when the content type says so or the text starts like JSON, else the
 * text itself. JSON that starts well but does not parse was cut short (a dropped proxy stream, a
 * ServiceNow page too large, see PSSnow#67) and is worth retrying; a body announced as JSON that is
 * not JSON at all is not.
 *
 * @example
 * parseBody('{"id":1}', 'application/json'); //=> { ok: true, value: { id: 1 } }
 * parseBody('{"id":', 'application/json'); //=> { ok: false, failure: { kind: 'transient', retryable: true, ... } }
 * parseBody('<html>', 'application/json'); //=> { ok: false, failure: { kind: 'fatal', retryable: false, ... } }
 * parseBody('', undefined); //=> { ok: true, value: undefined }
 */
export function parseBody(text: string, contentType: string | undefined): ParsedBody {
  if (text === '') return { ok: true, value: undefined };
  const startsLikeJson = /^\s*[[{]/.test(text);
  if (!startsLikeJson && !contentType?.includes('json')) return { ok: true, value: text };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return startsLikeJson
      ? { ok: false, failure: { kind: 'transient', retryable: true, reason: `truncated JSON body (${text.length} characters)` } }
      : { ok: false, failure: { kind: 'fatal', retryable: false, reason: `unreadable body: announced as ${contentType} but not JSON` } };
  }
}
