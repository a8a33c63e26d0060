import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from '../clients/client.entity.js';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { BadInputError, NotFoundError } from '../graphql/errors.js';
import { findTenant } from '../tenancy/tenant-admin.js';
import { roleStatement } from './role-statement.js';

export interface BiReaderRequest {
  tenantSlug: string;
  /** Bind the role to one client of the tenant. */
  clientId?: string;
}

export interface BiReaderGrant {
  roleName: string;
  /** Shown once: only PostgreSQL's hash of it is kept. */
  password: string;
  /** `databaseUrl` with the new role's credentials. */
  url: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates a read-only LOGIN role for one tenant (optionally one client): a member of `qd_bi`, so
 * it selects from the `bi` views and nothing else can be written; its sessions in this database
 * start with `qd.tenant_id` (and `qd.client_id`), `search_path = bi` and read-only transactions.
 * The settings are conveniences: `bi_reader_role` is what pins it, through the restrictive
 * policies of the BI migration. Runs as the database owner, which needs CREATEROLE.
 */
export async function grantBiReader(root: EntityManager, databaseUrl: string, request: BiReaderRequest): Promise<BiReaderGrant> {
  const tenant = await findTenant(root, request.tenantSlug);
  const clientId = request.clientId ?? null;
  if (clientId !== null && !UUID.test(clientId)) throw new BadInputError('client', `expected a client UUID, got "${clientId}"`);
  const roleName = `qd_bi_${tenant.slug.replace(/-/g, '_').slice(0, 40)}_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(24).toString('base64url');
  await inTenantTransaction(root, { tenantId: tenant.id }, async (em) => {
    if (clientId && !(await em.count(Client, { tenantId: tenant.id, id: clientId }))) throw new NotFoundError('client', clientId);
    const settings: [string, string][] = [
      ['qd.tenant_id', tenant.id], ...(clientId ? [['qd.client_id', clientId] as [string, string]] : []),
      ['search_path', 'bi'], ['default_transaction_read_only', 'on'],
    ];
    const [{ database }] = await em.execute<[{ database: string }]>('select current_database() as database');
    await roleStatement(em, 'create role %I login password %L in role qd_bi', [roleName, password]);
    for (const [name, value] of settings) {
      await roleStatement(em, `alter role %I in database %I set ${name} = %L`, [roleName, database, value]);
    }
    await em.execute('insert into bi_reader_role (tenant_id, role_name, client_id) values (?, ?, ?)', [tenant.id, roleName, clientId]);
  }, { asApp: false });
  const url = new URL(databaseUrl);
  url.username = roleName;
  url.password = password;
  url.search = '';
  return { roleName, password, url: url.toString() };
}
