import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql } from '../db/raw-sql.js';
import type { Priority } from './priority.js';
import type { StatusCategory } from './status-category.js';
import type { TicketEventKind } from './ticket-event-kind.js';
import type { Tier } from './tier.js';

/** What the SLA clocks and the KPI facts read of a ticket: its current values and its events in order. */
export interface TicketHistory {
  id: string;
  clientId: string | null;
  createdAt: Date;
  status: StatusCategory;
  priority: Priority;
  tier: Tier;
  mergedIntoId: string | null;
  agentReplyCount: number | null;
  events: {
    occurredAt: Date;
    seq: number;
    kind: TicketEventKind;
    fromValue: string | null;
    toValue: string | null;
    automatic: boolean;
  }[];
}

type EventTuple = [string, number, TicketEventKind, string | null, string | null, boolean];

/**
 * Loads tickets with their events (by `seq`) in one statement, as plain rows: the derivations of a
 * sync page read a thousand tickets at a time, and entity hydration of them and their events cost
 * more than the clock math itself.
 */
export async function loadTicketHistories(em: EntityManager, tenantId: string, ticketIds: readonly string[]): Promise<TicketHistory[]> {
  if (ticketIds.length === 0) return [];
  const rows = await rawSql<{
    id: string; client_id: string | null; created_at: Date; status: StatusCategory; priority: Priority; tier: Tier;
    merged_into_id: string | null; agent_reply_count: number | null; events: EventTuple[];
  }>(em,
    `select t.id, t.client_id, t.created_at, t.status, t.priority, t.tier, t.merged_into_id, t.agent_reply_count,
            coalesce((select json_agg(json_build_array(e.occurred_at, e.seq, e.kind, e.from_value, e.to_value, e.automatic) order by e.seq)
                        from ticket_event e where e.tenant_id = t.tenant_id and e.ticket_id = t.id), '[]') as events
       from ticket t
      where t.tenant_id = ? and t.id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [tenantId, JSON.stringify(ticketIds)]);
  return rows.map((r) => ({
    id: r.id, clientId: r.client_id, createdAt: new Date(r.created_at), status: r.status, priority: r.priority, tier: r.tier,
    mergedIntoId: r.merged_into_id, agentReplyCount: r.agent_reply_count,
    events: r.events.map(([at, seq, kind, from, to, automatic]) => ({
      occurredAt: new Date(at), seq, kind, fromValue: from, toValue: to, automatic,
    })),
  }));
}
