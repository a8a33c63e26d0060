import type { EntityManager } from '@mikro-orm/postgresql';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { Priority } from '../../tickets/priority.js';
import { TicketType } from '../../tickets/ticket-type.js';
import { Tier } from '../../tickets/tier.js';
import { kpiBuckets, type Bucket } from './buckets.js';
import type { KpiFigure, KpiFigureKind } from './kpi-figure.js';
import { KPI_FIGURES } from './kpi-figures.js';
import type { Breakdown, KpiRequest } from './kpi-request.js';
import { arrayLiteral, backlogAtEnd, createdCohort, csatResponses, resolvedCohort } from './kpi-sql.js';

type Row = Record<string, number | string | number[] | null>;

const GROUP_COLUMN: Record<Breakdown, string> = {
  TYPE: 'f.ticket_type', PRIORITY: 'f.priority', TIER: 'f.tier', SOURCE: 'f.source_system', CLIENT: 'cb.client_id::text',
};

const ratio = (numerator: number, denominator: number) => ({ value: denominator === 0 ? null : numerator / denominator, numerator, denominator });
const count = (value: number) => ({ value, numerator: null, denominator: null });
const stat = (value: number | string | null | undefined, n: number) => ({ value: value == null ? null : Number(value), numerator: null, denominator: n });

/**
 * The KPI catalogue for `request`, computed in PostgreSQL from the tickets' stored SLA clocks and KPI facts,
 * inside the caller's tenant transaction (row-level security applies). Five or six statements, whatever
 * the number of clients and buckets. Returns every bucket x group x figure (see KpiFigure).
 */
export async function computeKpisFromTickets(em: EntityManager, request: KpiRequest): Promise<KpiFigure[]> {
  const buckets = kpiBuckets(request.from, request.to, request.granularity);
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  const clientIds = [...request.clientIds];
  const ids = arrayLiteral(clientIds);
  const params = [arrayLiteral(buckets.map((b) => b.start)), arrayLiteral(buckets.map((b) => b.end)), request.tenantId, ids, request.tenantId];
  const group = request.breakdown ? GROUP_COLUMN[request.breakdown] : 'null::text';
  const run = (sql: string) => connection.execute<Row[]>(sql, params, 'all', tx);
  // One after another: they share the transaction's connection.
  const created = await run(createdCohort(group));
  const resolved = await run(resolvedCohort(group));
  const backlog = await run(backlogAtEnd(group));
  const csat = await run(csatResponses(group));
  const endpointRows = await connection.execute<{ id: string; endpoint_count: number | null }[]>(
    `select id, endpoint_count from client where tenant_id = ? and id = any(?::uuid[])`, [request.tenantId, ids], 'all', tx);
  const sourceRows = request.breakdown === 'SOURCE'
    ? await connection.execute<{ source_system: string }[]>(
      `select distinct source_system from ticket where tenant_id = ? and client_id = any(?::uuid[]) order by 1`, [request.tenantId, ids], 'all', tx)
    : [];
  const index = (rows: Row[]) => new Map(rows.map((r) => [`${r.bucket}|${r.grp ?? ''}`, r]));
  const byKey = { created: index(created), resolved: index(resolved), backlog: index(backlog), csat: index(csat) };
  const endpointsOf = new Map(endpointRows.map((r) => [r.id, r.endpoint_count ?? 0]));
  const totalEndpoints = [...endpointsOf.values()].reduce((a, b) => a + b, 0);
  // Endpoint-months of the clients that record endpoints: per client when broken down by client.
  const endpointsFor = (grp: string | null) => (request.breakdown === 'CLIENT' ? endpointsOf.get(grp ?? '') ?? 0 : totalEndpoints);
  const groups = groupsOf(request.breakdown, sourceRows.map((r) => r.source_system), clientIds);
  const keys = request.keys.length ? request.keys : Object.values(KpiKey);

  const figures: KpiFigure[] = [];
  for (const bucket of buckets) {
    for (const grp of groups) {
      const at = `${bucket.start}|${grp ?? ''}`;
      const get = (rows: Map<string, Row>, column: string) => Number(rows.get(at)?.[column] ?? 0);
      const raw = (rows: Map<string, Row>, column: string) => rows.get(at)?.[column];
      const c = (col: string) => get(byKey.created, col);
      const r = (col: string) => get(byKey.resolved, col);
      const values = figureValues(bucket, endpointsFor(grp), c, r, (col) => get(byKey.backlog, col), (col) => get(byKey.csat, col),
        (rows, col) => raw(byKey[rows], col));
      for (const key of keys) {
        for (const figure of KPI_FIGURES[key]) {
          figures.push({ key, figure, bucket: bucket.start, group: grp, ...values(key, figure) });
        }
      }
    }
  }
  return figures;
}

function groupsOf(breakdown: Breakdown | null, sources: string[], clientIds: string[]): (string | null)[] {
  switch (breakdown) {
    case null: return [null];
    case 'TYPE': return Object.values(TicketType);
    case 'PRIORITY': return Object.values(Priority);
    case 'TIER': return Object.values(Tier);
    case 'SOURCE': return sources;
    case 'CLIENT': return [...clientIds].sort();
  }
}

type Get = (column: string) => number;
type Raw = (rows: 'created' | 'resolved' | 'backlog' | 'csat', column: string) => number | string | number[] | null | undefined;

/** Turns one bucket's aggregate columns into the catalogue's figures. */
function figureValues(bucket: Bucket, endpoints: number, created: Get, resolved: Get, backlog: Get, csat: Get, raw: Raw) {
  return (key: KpiKey, figure: KpiFigureKind): Pick<KpiFigure, 'value' | 'numerator' | 'denominator'> => {
    const attainment = (prefix: string) => {
      if (figure === 'NO_TARGET') return count(created(`${prefix}_no_target`));
      if (figure === 'PENDING') return count(created(`${prefix}_pending`));
      const met = created(`${prefix}_met`);
      return ratio(met, met + created(`${prefix}_breached`));
    };
    const timeStat = (rows: 'created' | 'resolved', prefix: string, n: number) => {
      if (figure === 'MEAN') return stat(raw(rows, `${prefix}_mean`) as number | null, n);
      const percentiles = raw(rows, `${prefix}_percentiles`) as unknown as (number | null)[] | null | undefined;
      return stat(percentiles?.[figure === 'MEDIAN' ? 0 : 1], n);
    };
    switch (key) {
      case KpiKey.ticket_volume: return count(figure === 'EXCLUDED' ? created('excluded') : created('volume'));
      case KpiKey.first_response_time: return timeStat('created', 'fr', created('fr_n'));
      case KpiKey.resolution_time: return timeStat('resolved', 'rt', resolved('rt_n'));
      case KpiKey.sla_response_attainment: return attainment('frs');
      case KpiKey.sla_resolution_attainment: return attainment('res');
      case KpiKey.first_contact_resolution: return ratio(resolved('fcr_num'), resolved('fcr_den'));
      case KpiKey.escalation_rate: return ratio(created('esc_num'), created('esc_den'));
      case KpiKey.first_level_resolution: return ratio(resolved('flr_num'), resolved('flr_den'));
      case KpiKey.reopen_rate: return ratio(resolved('reopen_num'), resolved('resolved'));
      case KpiKey.backlog: return count(backlog(figure === 'COUNT' ? 'backlog' : figure.toLowerCase()));
      case KpiKey.csat: {
        const responses = csat('responses');
        if (figure === 'COUNT') return count(responses);
        if (figure === 'MEAN') return stat(raw('csat', 'mean_score') as number | null, responses);
        if (figure === 'RESPONSE_RATE') return ratio(responses, resolved('resolved'));
        return ratio(csat('satisfied'), responses);
      }
      case KpiKey.tickets_per_endpoint: return ratio(created('volume_with_endpoints'), endpoints * bucket.months);
    }
  };
}
