import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Client } from '../../api/clients/client.entity.js';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { createTestDatabase } from '../support/test-database.js';
import { insertTicketData } from '../support/ticket-fixture.js';

let url: string;
let orm: Orm;
let tenantA: string;
let tenantB: string;
let clientA1: string;
let clientA2: string;

beforeAll(async () => {
  url = await createTestDatabase();
  // One pooled connection: every transaction below reuses it, so a leaked setting would show.
  orm = await openOrm(url, { poolMax: 1 });
  tenantA = (await createTenant(orm.em, 'rls-a', 'A')).id;
  tenantB = (await createTenant(orm.em, 'rls-b', 'B')).id;
  [clientA1, clientA2] = await inTenantTransaction(orm.em, { tenantId: tenantA }, async (em) => {
    const one = em.create(Client, { tenantId: tenantA, name: 'A1', timeZone: 'UTC' } as never);
    const two = em.create(Client, { tenantId: tenantA, name: 'A2', timeZone: 'UTC' } as never);
    await em.flush();
    return [one.id, two.id];
  });
  await insertTicketData(orm, tenantA, clientA1);
});
afterAll(async () => orm.close());

async function tenantTables(): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ t: string }>(
    // Every public table with a tenant_id the API role can read (bi_reader_role is for superusers only).
    `select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and has_table_privilege('qd_app', c.oid, 'select')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`);
  await client.end();
  return rows.map((r) => r.t);
}

async function countAs(scope: { tenantId: string; clientId?: string }, sql: string, params: unknown[] = []): Promise<number> {
  return inTenantTransaction(orm.em, scope, async (em) => {
    const rows = await em.execute<{ n: string }[]>(sql, params);
    return Number(rows[0]!.n);
  });
}

describe('row-level security in PostgreSQL (as qd_app, without the services)', () => {
  it('hides every row of tenant A from tenant B, in every tenant table', async () => {
    for (const table of await tenantTables()) {
      const owner = await countAs({ tenantId: tenantA }, `select count(*) as n from ${table}`);
      const other = await countAs({ tenantId: tenantB }, `select count(*) as n from ${table} where tenant_id = ?`, [tenantA]);
      expect({ table, other }).toEqual({ table, other: 0 });
      if (['client', 'ticket', 'ticket_event', 'csat_response', 'connector_instance', 'sync_run'].includes(table)) {
        expect({ table, owner: owner > 0 }).toEqual({ table, owner: true });
      }
    }
  });

  it('hides other clients and tenant administration from a client viewer', async () => {
    expect(await countAs({ tenantId: tenantA, clientId: clientA2 }, `select count(*) as n from client where id = ?`, [clientA1])).toBe(0);
    expect(await countAs({ tenantId: tenantA, clientId: clientA2 }, `select count(*) as n from client`)).toBe(1);
    expect(await countAs({ tenantId: tenantA, clientId: clientA2 }, `select count(*) as n from ticket`)).toBe(0);
    expect(await countAs({ tenantId: tenantA, clientId: clientA1 }, `select count(*) as n from ticket`)).toBe(1);
    expect(await countAs({ tenantId: tenantA, clientId: clientA1 }, `select count(*) as n from connector_instance`)).toBe(0);
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(inTenantTransaction(orm.em, { tenantId: tenantB }, (em) =>
      em.execute(`insert into client (tenant_id, id, name, time_zone) values (?, gen_random_uuid(), 'x', 'UTC')`, [tenantA]),
    )).rejects.toThrow(/row-level security/);
  });
});

describe('the pooled connection after a tenant transaction', () => {
  it('keeps no tenant, client or role once the transaction commits or rolls back', async () => {
    await countAs({ tenantId: tenantA, clientId: clientA1 }, `select count(*) as n from client`);
    await expect(inTenantTransaction(orm.em, { tenantId: tenantA }, async () => {
      throw new Error('boom');
    })).rejects.toThrow('boom');
    const [after] = await orm.em.fork().getConnection().execute<{ tenant: string | null; client: string | null; role: string }[]>(
      `select current_setting('qd.tenant_id', true) as tenant, current_setting('qd.client_id', true) as client, current_user as role`);
    expect(after!.tenant ?? '').toBe('');
    expect(after!.client ?? '').toBe('');
    expect(after!.role).not.toBe('qd_app');
  });

  it('shows a next tenant on the same connection nothing of the previous one', async () => {
    const sawA = await countAs({ tenantId: tenantA }, `select count(*) as n from client`);
    const thenB = await countAs({ tenantId: tenantB }, `select count(*) as n from client`);
    expect(sawA).toBe(2);
    expect(thenB).toBe(0);
  });

  it('shows nothing as qd_app when no tenant is set', async () => {
    const rows = await orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('role', 'qd_app', true)`);
      return em.execute<{ n: string }[]>(`select count(*) as n from client`);
    });
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
