import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { NormalizedTicket } from '../../connectors/sdk/index.js';
import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { replaceTicketEvents } from '../../api/sync/write/replace-ticket-events.js';
import { upsertTickets } from '../../api/sync/write/upsert-tickets.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';

export interface WriteTiming {
  tickets: number;
  events: number;
  seconds: number;
}

/** A fresh connector instance row, so each variant inserts into empty key space. */
async function freshInstance(db: pg.Client, tenantId: string, name: string): Promise<string> {
  const id = randomUUID();
  await db.query(`insert into connector_instance (tenant_id, id, kind, name) values ($1, $2, 'connectwise', $3)`, [tenantId, id, name]);
  return id;
}

async function time(pages: NormalizedTicket[][], write: (page: NormalizedTicket[]) => Promise<void>): Promise<WriteTiming> {
  const start = performance.now();
  for (const page of pages) await write(page);
  return {
    tickets: pages.reduce((n, p) => n + p.length, 0),
    events: pages.reduce((n, p) => n + p.reduce((m, t) => m + t.events.length, 0), 0),
    seconds: (performance.now() - start) / 1000,
  };
}

/** Our write path: the sync engine's own upsert of tickets and replacement of their events, a transaction per page. */
export async function writeOurs(orm: Orm, db: pg.Client, tenantId: string, pages: NormalizedTicket[][]): Promise<WriteTiming> {
  const scope = { tenantId, instanceId: await freshInstance(db, tenantId, 'ours'), sourceSystem: 'connectwise' };
  return time(pages, (page) => inTenantTransaction(orm.em, { tenantId }, async (em) => {
    const upserted = await upsertTickets(em, scope, page.map((ticket) => ({ ticket, clientId: null })));
    const byId = new Map(page.map((t) => [t.externalId, t]));
    await replaceTicketEvents(em, tenantId, upserted.map((u) => ({ ticketId: u.id, clientId: null, events: byId.get(u.externalId)!.events })));
  }));
}

const TICKET_COLUMNS: [string, string, (t: NormalizedTicket) => unknown][] = [
  ['external_id', 'text', (t) => t.externalId], ['external_key', 'text', (t) => t.externalKey], ['url', 'text', (t) => t.url],
  ['title', 'text', (t) => t.title], ['company_ref', 'text', (t) => t.companyRef], ['type', 'text', (t) => t.type],
  ['type_raw', 'text', (t) => t.typeRaw], ['priority', 'text', (t) => t.priority], ['priority_raw', 'text', (t) => t.priorityRaw],
  ['status', 'text', (t) => t.status], ['status_raw', 'text', (t) => t.statusRaw], ['tier', 'text', (t) => t.tier],
  ['tier_raw', 'text', (t) => t.tierRaw], ['created_at', 'timestamptz', (t) => t.createdAt],
  ['first_response_at', 'timestamptz', (t) => t.firstResponseAt], ['first_resolved_at', 'timestamptz', (t) => t.firstResolvedAt],
  ['last_resolved_at', 'timestamptz', (t) => t.lastResolvedAt], ['closed_at', 'timestamptz', (t) => t.closedAt],
  ['source_updated_at', 'timestamptz', (t) => t.sourceUpdatedAt], ['reopen_count', 'integer', (t) => t.reopenCount],
  ['agent_reply_count', 'integer', (t) => t.agentReplyCount], ['merged_into_ref', 'text', (t) => t.mergedIntoExternalId],
  ['vendor_sla', 'jsonb', (t) => (t.vendorSla === null ? null : JSON.stringify(t.vendorSla))],
];

/**
 * The raw-SQL limit: the same rows as parallel arrays through UNNEST (one array parameter per column,
 * no JSON), the same conflict rule, on a plain pg connection in the same tenant-scoped transaction.
 */
export async function writeRawUnnest(db: pg.Client, tenantId: string, pages: NormalizedTicket[][]): Promise<WriteTiming> {
  const instanceId = await freshInstance(db, tenantId, 'raw');
  const names = TICKET_COLUMNS.map(([name]) => name);
  const ticketSql = `insert into ticket (tenant_id, id, connector_instance_id, source_system, ${names.join(', ')})
    select $1, gen_random_uuid(), $2, 'connectwise', ${names.map((n) => `r.${n}`).join(', ')}
      from unnest(${TICKET_COLUMNS.map(([, type], i) => `$${i + 3}::${type}[]`).join(', ')}) as r(${names.join(', ')})
    on conflict (tenant_id, source_system, connector_instance_id, external_id) do update
      set ${names.filter((n) => n !== 'external_id').map((n) => `${n} = excluded.${n}`).join(', ')}
      where ticket.source_updated_at < excluded.source_updated_at
    returning id, external_id`;
  const eventSql = `insert into ticket_event (tenant_id, id, ticket_id, seq, occurred_at, kind, from_value, to_value, from_raw, to_raw, automatic)
    select $1, gen_random_uuid(), * from unnest($2::uuid[], $3::integer[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::boolean[])`;
  return time(pages, async (page) => {
    await db.query('begin');
    await db.query(`select set_config('qd.tenant_id', $1, true), set_config('qd.client_id', '', true), set_config('role', 'qd_app', true)`, [tenantId]);
    const { rows } = await db.query<{ id: string; external_id: string }>(ticketSql,
      [tenantId, instanceId, ...TICKET_COLUMNS.map(([, , get]) => page.map(get))]);
    const ids = new Map(rows.map((r) => [r.external_id, r.id]));
    const events = page.flatMap((t) => t.events.map((e) => ({ ticketId: ids.get(t.externalId)!, e })));
    await db.query(eventSql, [tenantId, events.map((x) => x.ticketId), events.map((x) => x.e.seq), events.map((x) => x.e.occurredAt),
      events.map((x) => x.e.kind), events.map((x) => x.e.fromValue), events.map((x) => x.e.toValue), events.map((x) => x.e.fromRaw),
      events.map((x) => x.e.toRaw), events.map((x) => x.e.automatic)]);
    await db.query('commit');
  });
}

function ticketData(tenantId: string, instanceId: string, t: NormalizedTicket) {
  return {
    id: randomUUID(), tenantId, connectorInstanceId: instanceId, sourceSystem: 'connectwise', externalId: t.externalId, externalKey: t.externalKey,
    url: t.url, title: t.title, type: t.type, typeRaw: t.typeRaw, priority: t.priority, priorityRaw: t.priorityRaw,
    status: t.status, statusRaw: t.statusRaw, tier: t.tier, tierRaw: t.tierRaw, createdAt: t.createdAt,
    firstResponseAt: t.firstResponseAt, firstResolvedAt: t.firstResolvedAt, lastResolvedAt: t.lastResolvedAt, closedAt: t.closedAt,
    sourceUpdatedAt: t.sourceUpdatedAt, reopenCount: t.reopenCount, agentReplyCount: t.agentReplyCount, vendorSla: t.vendorSla,
  } as never;
}

const eventData = (tenantId: string, ticketId: string, e: NormalizedTicket['events'][number]) => ({
  id: randomUUID(), tenantId, ticketId, seq: e.seq, occurredAt: e.occurredAt, kind: e.kind, fromValue: e.fromValue, toValue: e.toValue,
  fromRaw: e.fromRaw, toRaw: e.toRaw, automatic: e.automatic,
}) as never;

/** MikroORM's batch API: `upsertMany` for the tickets, `insertMany` for their events, a transaction per page. */
export async function writeOrmUpsertMany(orm: Orm, db: pg.Client, tenantId: string, pages: NormalizedTicket[][]): Promise<WriteTiming> {
  const instanceId = await freshInstance(db, tenantId, 'orm-many');
  return time(pages, (page) => inTenantTransaction(orm.em, { tenantId }, async (em) => {
    const tickets = await em.upsertMany(Ticket, page.map((t) => ticketData(tenantId, instanceId, t)),
      { onConflictFields: ['tenantId', 'sourceSystem', 'connectorInstanceId', 'externalId'] as never });
    const events = page.flatMap((t, i) => t.events.map((e) => eventData(tenantId, tickets[i]!.id, e)));
    if (events.length) await em.insertMany(TicketEvent, events);
  }));
}

/** MikroORM one row at a time: `em.upsert` per ticket, then its events, a transaction per page. */
export async function writeOrmPerRow(orm: Orm, db: pg.Client, tenantId: string, pages: NormalizedTicket[][]): Promise<WriteTiming> {
  const instanceId = await freshInstance(db, tenantId, 'orm-row');
  return time(pages, (page) => inTenantTransaction(orm.em, { tenantId }, async (em) => {
    for (const t of page) {
      const ticket = await em.upsert(Ticket, ticketData(tenantId, instanceId, t),
        { onConflictFields: ['tenantId', 'sourceSystem', 'connectorInstanceId', 'externalId'] as never });
      for (const e of t.events) await em.insert(TicketEvent, eventData(tenantId, ticket.id, e));
    }
  }));
}
