import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../graphql/errors.js';
import { parseRole } from './role.js';
import { parseToken } from './token-secret.js';
import { Viewer } from './viewer.js';

interface TokenRow {
  token_id: string;
  role: string;
  client_id: string | null;
}

/**
 * Resolves `Authorization: Bearer <token>` to a Viewer. The lookup is the `qd_authenticate`
 * definer function, scoped to the tenant named in the token, so no tenant-wide read happens.
 */
export async function authenticate(em: EntityManager, authorization: string | undefined): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match) throw new UnauthenticatedError('send an API token as "Authorization: Bearer <token>"');
  const parsed = parseToken(match[1]!);
  if (!parsed) throw new UnauthenticatedError('the API token is malformed');
  const rows = await em.getConnection().execute<TokenRow[]>(
    'select token_id, role, client_id from qd_authenticate(?, ?)',
    [parsed.tenantId, parsed.hash],
  );
  const row = rows[0];
  if (!row) throw new UnauthenticatedError('the API token is unknown, revoked or expired');
  return new Viewer(parsed.tenantId, parseRole(row.role), row.client_id, row.token_id);
}
