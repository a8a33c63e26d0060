import type { EntityManager } from '@mikro-orm/postgresql';
import { assembleFigures, groupsOf, type CohortRow } from './assemble-figures.js';
import { kpiBuckets, type Bucket } from './buckets.js';
import type { KpiFigure } from './kpi-figure.js';
import type { Breakdown, KpiRequest } from './kpi-request.js';
import { arrayLiteral, backlogAtEnd, createdCohort, csatResponses, resolvedCohort } from './kpi-sql.js';

type Row = CohortRow;

const GROUP_COLUMN: Record<Breakdown, string> = {
  TYPE: 'f.ticket_type', PRIORITY: 'f.priority', TIER: 'f.tier', SOURCE: 'f.source_system', CLIENT: 'cb.client_id::text',
};

/**
 * The KPI catalogue for `request`, computed in PostgreSQL from the tickets' stored SLA clocks and KPI facts,
 * inside the caller's tenant transaction (row-level security applies). Five or six statements, whatever
 * the number of clients and buckets. Returns every bucket x group x figure (see KpiFigure).
 */
export async function computeKpisFromTickets(
  em: EntityManager,
  request: KpiRequest,
  buckets: readonly Bucket[] = kpiBuckets(request.from, request.to, request.granularity),
): Promise<KpiFigure[]> {
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
  return assembleFigures(request, buckets, groups, (bucket, grp) => {
    const at = `${bucket.start}|${grp ?? ''}`;
    return { created: byKey.created.get(at), resolved: byKey.resolved.get(at), backlog: byKey.backlog.get(at), csat: byKey.csat.get(at) };
  }, endpointsFor);
}
