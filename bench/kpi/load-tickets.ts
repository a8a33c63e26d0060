import type pg from 'pg';
import type { BenchTenant } from './bench-tenant.js';
import { insertRecords, type Column } from './bulk-insert.js';
import { zipfCumulative } from './client-sizes.js';
import { deriveRows, type ClockRow, type FactRow } from './derive-rows.js';
import { Rng } from './rng.js';
import { generateTicket, type GenTicket } from './ticket-generator.js';

export const BATCH = 20_000;

const TICKET_COLUMNS: Column[] = [
  ['id', 'uuid'], ['client_id', 'uuid'], ['source_system', 'text'], ['external_id', 'text'], ['type', 'text'], ['priority', 'text'],
  ['status', 'text'], ['tier', 'text'], ['created_at', 'timestamptz'], ['first_response_at', 'timestamptz'],
  ['first_resolved_at', 'timestamptz'], ['last_resolved_at', 'timestamptz'], ['source_updated_at', 'timestamptz'],
  ['reopen_count', 'integer'], ['agent_reply_count', 'integer'], ['merged_into_id', 'uuid'],
];
const EVENT_COLUMNS: Column[] = [
  ['ticket_id', 'uuid'], ['client_id', 'uuid'], ['seq', 'integer'], ['occurred_at', 'timestamptz'], ['kind', 'text'],
  ['from_value', 'text'], ['to_value', 'text'], ['automatic', 'boolean'],
];
const CSAT_COLUMNS: Column[] = [['ticket_id', 'uuid'], ['client_id', 'uuid'], ['score', 'float8'], ['received_at', 'timestamptz']];
const CLOCK_COLUMNS: Column[] = [
  ['ticket_id', 'uuid'], ['clock', 'text'], ['cycle', 'integer'], ['client_id', 'uuid'], ['target_minutes', 'float8'],
  ['elapsed_minutes', 'float8'], ['paused_minutes', 'float8'], ['started_at', 'timestamptz'], ['stopped_at', 'timestamptz'],
  ['due_at', 'timestamptz'], ['status', 'text'], ['sla_policy_version_id', 'uuid'], ['business_calendar_version_id', 'uuid'],
];
const FACT_COLUMNS: Column[] = [
  ['ticket_id', 'uuid'], ['client_id', 'uuid'], ['excluded', 'boolean'], ['started_in_tier1', 'boolean'], ['escalated', 'boolean'],
  ['left_tier1_before_resolution', 'boolean'], ['first_resolved_at', 'timestamptz'], ['first_reopen_after_resolution_at', 'timestamptz'],
  ['fcr', 'boolean'], ['open_ranges', 'tstzmultirange'],
];

interface Batch {
  tickets: GenTicket[];
  clocks: ClockRow[];
  facts: FactRow[];
}

export interface LoadStats {
  tickets: number;
  events: number;
  csat: number;
  clocks: number;
  seconds: number;
  /** Seconds spent generating and deriving in JS (overlaps the inserts). */
  jsSeconds: number;
}

async function writeBatch(db: pg.Client, tenantId: string, asOf: Date, batch: Batch): Promise<void> {
  const tickets = batch.tickets.map((t) => ({
    id: t.id, client_id: t.client.id, source_system: 'bench', external_id: t.externalId, type: t.type, priority: t.priority,
    status: t.status, tier: t.tier, created_at: t.createdAt, first_response_at: t.firstResponseAt, first_resolved_at: t.firstResolvedAt,
    last_resolved_at: t.lastResolvedAt, source_updated_at: t.sourceUpdatedAt, reopen_count: t.reopenCount,
    agent_reply_count: t.agentReplyCount, merged_into_id: t.mergedIntoId,
  }));
  const events = batch.tickets.flatMap((t) => t.events.map((e) => ({
    ticket_id: t.id, client_id: t.client.id, seq: e.seq, occurred_at: e.at, kind: e.kind, from_value: e.from, to_value: e.to, automatic: e.automatic,
  })));
  const csat = batch.tickets.flatMap((t) => (t.csat ? [{ ticket_id: t.id, client_id: t.client.id, score: t.csat.score, received_at: t.csat.receivedAt }] : []));
  await insertRecords(db, 'ticket', tenantId, TICKET_COLUMNS, tickets);
  await insertRecords(db, 'ticket_event', tenantId, EVENT_COLUMNS, events, {}, { id: 'gen_random_uuid()' });
  await insertRecords(db, 'csat_response', tenantId, CSAT_COLUMNS, csat, {}, { id: 'gen_random_uuid()', scale_min: '1', scale_max: '5' });
  await insertRecords(db, 'ticket_sla_clock', tenantId, CLOCK_COLUMNS, batch.clocks, { computed_at: ['timestamptz', asOf] });
  await insertRecords(db, 'ticket_kpi_fact', tenantId, FACT_COLUMNS, batch.facts, { computed_at: ['timestamptz', asOf] });
}

/**
 * Generates `total` tickets over the tenant's clients (Zipf sizes) and writes them with their
 * events, CSAT, SLA clocks and KPI facts in batches of 20k, one multi-row statement per table and
 * batch on `db`. The next batch is generated while the previous one is written.
 */
export async function loadTickets(
  db: pg.Client,
  tenant: BenchTenant,
  total: number,
  asOf: Date,
  progress: (done: number, total: number, seconds: number) => void,
): Promise<LoadStats> {
  const rng = new Rng(7);
  const cumulative = zipfCumulative(tenant.clients.length);
  const started = performance.now();
  let jsMs = 0;
  let pending: Promise<void> = Promise.resolve();
  let mergeTarget: string | null = null;
  const stats: LoadStats = { tickets: 0, events: 0, csat: 0, clocks: 0, seconds: 0, jsSeconds: 0 };
  for (let done = 0; done < total; ) {
    const size = Math.min(BATCH, total - done);
    const jsStart = performance.now();
    const batch: Batch = { tickets: [], clocks: [], facts: [] };
    for (let i = 0; i < size; i++) {
      const ticket = generateTicket(rng, rng.weighted(tenant.clients, cumulative), done + i + 1, mergeTarget);
      deriveRows(ticket, tenant.policyVersions, asOf, batch.clocks, batch.facts);
      batch.tickets.push(ticket);
      stats.events += ticket.events.length;
      if (ticket.csat) stats.csat++;
    }
    stats.clocks += batch.clocks.length;
    jsMs += performance.now() - jsStart;
    await pending;
    pending = writeBatch(db, tenant.tenantId, asOf, batch);
    mergeTarget = batch.tickets[batch.tickets.length - 1].id;
    done += size;
    stats.tickets = done;
    progress(done, total, (performance.now() - started) / 1000);
  }
  await pending;
  stats.seconds = (performance.now() - started) / 1000;
  stats.jsSeconds = jsMs / 1000;
  return stats;
}
