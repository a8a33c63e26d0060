import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * ConnectWise's callback signature: base64(HMAC-SHA256(key = SHA-256(signing_key) bytes, message = raw
 * body)), sent as `x-content-signature` (NangoHQ/nango connectwise-psa-webhook-routing.ts; connectwise-rest
 * src/utils/Callback.ts signs the same way but over a re-serialised body, which breaks on whitespace).
 *
 * @example
 * callbackSignature('secret', Buffer.from('{"ID":1}')); //=> a 44-character base64 string
 */
export function callbackSignature(signingKey: string, rawBody: Buffer): string {
  const key = createHash('sha256').update(signingKey, 'utf8').digest();
  return createHmac('sha256', key).update(rawBody).digest('base64');
}

/**
 * Timing-safe check of a received signature.
 *
 * @example
 * signatureMatches('secret', body, callbackSignature('secret', body)); //=> true
 * signatureMatches('secret', body, 'forged'); //=> false
 */
export function signatureMatches(signingKey: string, rawBody: Buffer, received: string): boolean {
  const expected = Buffer.from(callbackSignature(signingKey, rawBody));
  const given = Buffer.from(received.trim());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
