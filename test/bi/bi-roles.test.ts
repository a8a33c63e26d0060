import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantBiReader } from '../../api/bi/grant-bi-reader.js';
import { revokeBiReader } from '../../api/bi/revoke-bi-reader.js';
import { CreateClientDocument } from '../../schema/generated/graphql.js';
import { runCli } from '../support/run-cli.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createReviewedClient, type ReviewedClient } from '../reports/reviewed-client.js';
import { insertServiceTickets, monthOfService } from '../reports/service-tickets.js';

const VIEWS = ['csi_items', 'kpi_snapshots', 'review_facts', 'sla_attainment', 'tickets_normalized'];

let server: TestServer;
let url: string;
let a: { tenantId: string; token: string; client: ReviewedClient; other: string };
let b: { tenantId: string; token: string; client: ReviewedClient };
const roles: string[] = [];
const sessions: pg.Client[] = [];

async function admin<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A session as the BI role of `roleUrl`, closed when the file ends. */
async function connect(roleUrl: string): Promise<pg.Client> {
  const session = new pg.Client({ connectionString: roleUrl });
  await session.connect();
  sessions.push(session);
  return session;
}

/** What a session sees of every bi view: the tenants and clients of its rows, and how many. */
async function seen(session: pg.Client): Promise<Record<string, { rows: number; tenants: string[]; clients: string[] }>> {
  const out: Record<string, { rows: number; tenants: string[]; clients: string[] }> = {};
  for (const view of VIEWS) {
    const { rows } = await session.query(`select count(*)::int as rows, coalesce(array_agg(distinct tenant_id::text), '{}') as tenants,
      coalesce(array_agg(distinct client_id::text) filter (where client_id is not null), '{}') as clients from bi.${view}`);
    out[view] = rows[0];
  }
  return out;
}

async function grantByCli(args: string[]): Promise<string> {
  const result = await runCli(['bi', 'grant', ...args], { DATABASE_URL: url });
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const roleUrl = result.stdout.trim();
  roles.push(decodeURIComponent(new URL(roleUrl).username));
  return roleUrl;
}

beforeAll(async () => {
  server = await startTestServer();
  url = server.orm.config.get('clientUrl')!;
  const ta = await server.tenantWithToken('bi-north');
  const tb = await server.tenantWithToken('bi-south');
  a = { ...ta, client: await createReviewedClient(server, ta.token, ta.tenantId, 'Northwind', [2025]), other: '' };
  a.other = (await server.ok(CreateClientDocument, { input: { name: 'Contoso', timeZone: 'UTC' } }, ta.token)).createClient.id;
  await insertServiceTickets(server.orm, ta.tenantId, a.other, monthOfService('2025-06', 0));
  b = { ...tb, client: await createReviewedClient(server, tb.token, tb.tenantId, 'Southwind', [2025]) };
}, 180_000);

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.end().catch(() => undefined)));
  for (const role of roles) await admin(`select format('drop role if exists %I', $1::text) as sql`, [role]).then(([r]) => admin(r!.sql as string));
});

describe('the bi schema', () => {
  it('holds the five views, each security_invoker so row-level security applies to its reader', async () => {
    const rows = await admin<{ name: string; options: string[] }>(
      `select relname as name, reloptions as options from pg_class where relnamespace = 'bi'::regnamespace and relkind = 'v' order by relname`);
    expect(rows).toEqual(VIEWS.map((name) => ({ name, options: ['security_invoker=true'] })));
  });
});

describe('quarterdeck bi grant', () => {
  let roleUrl: string;
  let tenantCounts: Record<string, number>;

  it("creates a login role that reads its tenant's rows of every view, and only those", async () => {
    roleUrl = await grantByCli(['--tenant', 'bi-north']);
    expect(roleUrl).toMatch(/^postgres:\/\/qd_bi_bi_north_[0-9a-f]{8}:[A-Za-z0-9_-]{32}@[^/]+\/qd_t_[0-9a-f]+$/);
    const session = await connect(roleUrl);
    const views = await seen(session);
    for (const view of VIEWS) {
      expect({ view, tenants: views[view]!.tenants }).toEqual({ view, tenants: [a.tenantId] });
      expect(views[view]!.rows).toBeGreaterThan(0);
    }
    expect(views.tickets_normalized!.clients.sort()).toEqual([a.client.client, a.other].sort());
    expect(views.review_facts!.clients).toEqual([a.client.client]);
    tenantCounts = Object.fromEntries(VIEWS.map((v) => [v, views[v]!.rows]));
    const { rows } = await session.query(`select current_setting('search_path') as path, current_setting('transaction_read_only') as ro`);
    expect(rows[0]).toEqual({ path: 'bi', ro: 'on' });
  });

  it("sees none of another tenant's rows after setting qd.tenant_id to it, in the session or in its own role defaults", async () => {
    const session = await connect(roleUrl);
    await session.query(`set qd.tenant_id = '${b.tenantId}'`);
    const views = await seen(session);
    for (const view of VIEWS) expect({ view, rows: views[view]!.rows }).toEqual({ view, rows: 0 });
    expect((await session.query('select count(*)::int as n from public.ticket')).rows[0].n).toBe(0);
    await session.query(`set qd.tenant_id = ''`);
    expect((await seen(session)).review_facts!.rows).toBe(0);

    // Its own defaults: PostgreSQL refuses a non-superuser's ALTER ROLE of a custom setting; were it
    // allowed (or an administrator to set the wrong tenant), the next session would see nothing.
    const role = decodeURIComponent(new URL(roleUrl).username);
    const pin = (client: pg.Client, tenant: string) => client.query(
      `select format('alter role %I in database %I set qd.tenant_id = %L', $1::text, current_database(), $2::text) as sql`, [role, tenant],
    ).then(({ rows }) => client.query(rows[0].sql));
    await session.query('set default_transaction_read_only = off');
    await pin(session, b.tenantId).catch((error: Error) => expect(error.message).toMatch(/permission denied to set parameter "qd.tenant_id"/));
    const owner = await connect(url);
    await pin(owner, b.tenantId);
    const misconfigured = await connect(roleUrl);
    expect((await misconfigured.query(`select current_setting('qd.tenant_id') as t`)).rows[0].t).toBe(b.tenantId);
    for (const [view, s] of Object.entries(await seen(misconfigured))) expect({ view, rows: s.rows }).toEqual({ view, rows: 0 });
    await pin(owner, a.tenantId);

    // Nor can a temporary table of its own stand in for the role-to-tenant mapping.
    await session.query(`create temp table bi_reader_role as select '${b.tenantId}'::uuid as tenant_id, current_user::text as role_name, null::uuid as client_id`);
    await session.query(`set search_path = pg_temp, bi, public; set qd.tenant_id = '${b.tenantId}'`);
    for (const [view, s] of Object.entries(await seen(session))) expect({ view, rows: s.rows }).toEqual({ view, rows: 0 });
    expect(Object.fromEntries(Object.entries(await seen(await connect(roleUrl))).map(([v, s]) => [v, s.rows]))).toEqual(tenantCounts);
  });

  it('cannot become the API role, write, or read anything outside the views it is given', async () => {
    const session = await connect(roleUrl);
    await session.query('set role qd_bi');
    expect((await seen(session)).review_facts!.tenants).toEqual([a.tenantId]);
    await session.query('reset role');
    const refused = [
      'set role qd_app',
      'set role postgres',
      'set session authorization postgres',
      `begin read write; insert into public.ticket (tenant_id, id, source_system, external_id, type, priority, status, tier, created_at, source_updated_at)
        values ('${a.tenantId}', gen_random_uuid(), 'x', 'x', 'OTHER', 'NONE', 'NEW', 'OTHER', now(), now())`,
      'begin read write; delete from public.ticket',
      'begin read write; create table bi.mine (x int)',
      'select * from public.api_token',
      'select * from public.bi_reader_role',
      'select * from public.connector_instance',
      `select * from public.qd_authenticate('${a.tenantId}'::uuid, '\\x00'::bytea)`,
    ];
    for (const statement of refused) {
      await expect(session.query(statement), statement).rejects.toThrow(/permission denied|must be|cannot/);
      await session.query('rollback');
    }
  });

  it('binds a role to one client with --client, whatever qd.client_id is set to', async () => {
    const session = await connect(await grantByCli(['--tenant', 'bi-north', '--client', a.other]));
    const only = await seen(session);
    expect(only.tickets_normalized).toMatchObject({ tenants: [a.tenantId], clients: [a.other], rows: 10 });
    expect(only.review_facts!.rows).toBe(0);
    for (const setting of [a.client.client, '']) {
      await session.query(`set qd.client_id = '${setting}'`);
      const views = await seen(session);
      expect(views.tickets_normalized!.clients).toEqual(setting ? [] : [a.other]);
      expect(views.review_facts!.rows).toBe(0);
    }
  });

  it("gives another tenant's role that tenant's rows alone", async () => {
    const grant = await grantBiReader(server.orm.em, url, { tenantSlug: 'bi-south' });
    roles.push(grant.roleName);
    const views = await seen(await connect(grant.url));
    for (const view of VIEWS) expect({ view, tenants: views[view]!.tenants }).toEqual({ view, tenants: [b.tenantId] });
    expect(views.tickets_normalized!.clients).toEqual([b.client.client]);
  });

  it("refuses bad input with one line, and revokes only its tenant's roles", async () => {
    expect(await runCli(['bi', 'grant', '--tenant', 'nobody'], { DATABASE_URL: url }))
      .toMatchObject({ code: 1, stdout: '', stderr: 'quarterdeck: tenant: no tenant has the slug "nobody"\n' });
    const grant = (client: string) => grantBiReader(server.orm.em, url, { tenantSlug: 'bi-north', clientId: client });
    await expect(grant('x')).rejects.toThrow('client: expected a client UUID, got "x"');
    await expect(grant(b.client.client)).rejects.toThrow(`no client with id ${b.client.client}`);
    await expect(revokeBiReader(server.orm.em, 'bi-north', 'postgres')).rejects.toThrow('no BI role of tenant "bi-north" with id postgres');

    const roleUrl = await grantByCli(['--tenant', 'bi-north']);
    const role = decodeURIComponent(new URL(roleUrl).username);
    await expect(revokeBiReader(server.orm.em, 'bi-south', role)).rejects.toThrow(`no BI role of tenant "bi-south" with id ${role}`);
    expect(await runCli(['bi', 'revoke', role, '--tenant', 'bi-north'], { DATABASE_URL: url })).toMatchObject({ code: 0, stdout: `dropped ${role}\n` });
    await expect(connect(roleUrl)).rejects.toThrow(/password authentication failed|does not exist/);
    expect(await admin('select 1 from bi_reader_role where role_name = $1', [role])).toEqual([]);
  }, 120_000);
});
