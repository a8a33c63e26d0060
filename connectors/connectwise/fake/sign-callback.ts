import { createHash, createHmac } from 'node:crypto';

/**
 * Signs a callback body as ConnectWise does: base64(HMAC-SHA256(key = SHA-256(signing_key), raw body))
 * (NangoHQ/nango connectwise-psa-webhook-routing.ts). Written here independently of the connector's
 * verifier, so a test catches either side drifting.
 *
 * @example
 * signCallback('k', Buffer.from('{}')).length; //=> 44
 */
export function signCallback(signingKey: string, body: Buffer): string {
  return createHmac('sha256', createHash('sha256').update(signingKey, 'utf8').digest()).update(body).digest('base64');
}
