import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-database.js';

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: await createTestDatabase() });
  await client.connect();
});
afterAll(async () => client.end());

async function tenantTables(): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id' order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('the migrated schema', () => {
  it('has the domain tables', async () => {
    expect(await tenantTables()).toEqual(expect.arrayContaining([
      'api_token', 'app_user', 'business_calendar', 'business_calendar_version', 'client',
      'connector_instance', 'critical_success_factor', 'csat_response', 'csi_item', 'engagement',
      'kpi_definition', 'service_review', 'sla_policy', 'sla_policy_version', 'sync_run', 'ticket',
      'ticket_event',
    ]));
  });

  it('enables and forces row-level security on every tenant table and on tenant', async () => {
    const tables = [...(await tenantTables()), 'tenant'];
    const { rows } = await client.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class
        where relnamespace = 'public'::regnamespace and relname = any($1)`,
      [tables],
    );
    expect(rows).toHaveLength(tables.length);
    for (const row of rows) {
      expect({ table: row.relname, rls: row.relrowsecurity, forced: row.relforcerowsecurity })
        .toEqual({ table: row.relname, rls: true, forced: true });
    }
  });

  it('leads every primary and unique key of a tenant table with tenant_id', async () => {
    const { rows } = await client.query<{ table: string; name: string; first: string }>(
      `select c.conrelid::regclass::text as table, c.conname as name, a.attname as first
         from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype in ('p', 'u') and c.connamespace = 'public'::regnamespace
          and c.conrelid::regclass::text not in ('tenant', 'mikro_orm_migrations')`,
    );
    expect(rows.length).toBeGreaterThan(17);
    expect(rows.filter((r) => r.first !== 'tenant_id')).toEqual([]);
  });

  it('keeps tenant_id in every foreign key between tenant tables', async () => {
    const { rows } = await client.query<{ name: string; columns: string[] }>(
      `select c.conname as name,
              array(select attname from pg_attribute where attrelid = c.conrelid and attnum = any(c.conkey)) as columns
         from pg_constraint c
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
          and c.confrelid <> 'tenant'::regclass`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.columns.includes('tenant_id'))).toEqual([]);
  });

  it('runs the API as qd_app, which owns no table and cannot bypass the policies', async () => {
    const { rows } = await client.query(
      `select relname from pg_class where relowner = 'qd_app'::regrole`,
    );
    expect(rows).toEqual([]);
    const role = await client.query(`select rolsuper, rolbypassrls from pg_roles where rolname = 'qd_app'`);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
