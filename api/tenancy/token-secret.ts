import { createHash, randomBytes } from 'node:crypto';

/**
 * API tokens look like `qd_<tenant id hex>_<43 random base64url chars>`. The tenant part lets a
 * request be routed to its tenant before anything is read (and keys stay tenant-leading); the
 * random part carries 256 bits. Only the SHA-256 of the whole token is stored.
 *
 * @example
 * parseToken(generateToken('6f1c…').token)?.tenantId //=> '6f1c…'
 */
export interface GeneratedToken {
  token: string;
  hash: Buffer;
  prefix: string;
}

const TOKEN_PATTERN = /^qd_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function generateToken(tenantId: string): GeneratedToken {
  const token = `qd_${tenantId.replaceAll('-', '')}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, 12) };
}

export function parseToken(token: string): { tenantId: string; hash: Buffer } | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const hex = match[1]!;
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tenantId, hash: hashToken(token) };
}
