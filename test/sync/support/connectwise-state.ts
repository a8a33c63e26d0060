import type { EntityManager } from '@mikro-orm/postgresql';
import type { FakeConnectWise } from '../../../connectors/connectwise/fake/start-fake-connectwise.js';

export interface TicketState {
  id: number;
  status: string;
  lastUpdated: string;
  events: number;
  mergedInto: number | null;
}

/** An instance's stored tickets, in the shape of the fake's truth. */
export async function storedState(em: EntityManager, instanceId: string): Promise<TicketState[]> {
  const rows = await em.fork().getConnection().execute<{ external_id: string; status_raw: string; source_updated_at: Date; events: string; merged: string | null }[]>(
    `select t.external_id, t.status_raw, t.source_updated_at, (select count(*) from ticket_event e where e.ticket_id = t.id)::text as events,
            (select m.external_id from ticket m where m.id = t.merged_into_id) as merged
       from ticket t where t.connector_instance_id = ? order by t.external_id::int`, [instanceId]);
  return rows.map((r) => ({
    id: Number(r.external_id), status: r.status_raw, lastUpdated: new Date(r.source_updated_at).toISOString(),
    events: Number(r.events), mergedInto: r.merged === null ? null : Number(r.merged),
  }));
}

/** What a complete sync of the fake must have stored. */
export function truthState(cw: FakeConnectWise): TicketState[] {
  return cw.truth().tickets.map((t) => ({
    id: t.id, status: t.status, lastUpdated: new Date(t.lastUpdated).toISOString(),
    events: t.statusChanges + t.boardChanges + t.priorityChanges, mergedInto: t.mergedInto,
  }));
}

/** Survey answers stored for the instance, as (ticket, answer id) pairs, sorted. */
export async function storedCsat(em: EntityManager, instanceId: string): Promise<string[]> {
  const rows = await em.fork().getConnection().execute<{ pair: string }[]>(
    `select t.external_id || ':' || c.external_id as pair from csat_response c join ticket t on t.id = c.ticket_id
      where t.connector_instance_id = ? order by 1`, [instanceId]);
  return rows.map((r) => r.pair);
}

export function truthCsat(cw: FakeConnectWise): string[] {
  return cw.truth().surveyResults.map((r) => `${r.ticketId}:${r.id}`).sort();
}
