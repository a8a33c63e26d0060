import type { EntityManager } from '@mikro-orm/postgresql';
import { asHistoryEvent } from '../../tickets/history/history-event.js';
import { Client } from '../../clients/client.entity.js';
import { BusinessCalendarVersion } from '../../calendars/business-calendar-version.entity.js';
import { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { rawSql } from '../../db/raw-sql.js';
import { loadTicketHistories, type TicketHistory } from '../../tickets/load-ticket-histories.js';
import type { ClockResult } from '../clocks/clock-result.js';
import { initialValues } from '../clocks/initial-values.js';
import { replaySlaClocks } from '../clocks/replay-sla-clocks.js';
import { ClockSettings } from './clock-settings.js';

/**
 * Replays the events of `ticketIds` into their SLA clocks and stores them, replacing what was
 * stored, inside the caller's tenant transaction. Each ticket uses the SLA policy version and
 * calendar version in force on its local creation date (the client's zone): the client's
 * calendar, else the policy version's, else 24x7 UTC. Returns the number of clock rows written.
 * Talks to the entity manager; the clock math is `replaySlaClocks`.
 */
export async function recomputeSlaClocks(
  em: EntityManager,
  tenantId: string,
  ticketIds: readonly string[],
  asOf: Date = new Date(),
  /** The tickets already loaded (refreshTicketDerivations shares one load with the KPI facts). */
  histories?: readonly TicketHistory[],
): Promise<number> {
  if (ticketIds.length === 0) return 0;
  const ids = [...ticketIds];
  const tickets = histories ?? (await loadTicketHistories(em, tenantId, ids));
  const clientIds = [...new Set(tickets.flatMap((t) => (t.clientId ? [t.clientId] : [])))];
  const clients = new Map((await em.find(Client, { tenantId, id: { $in: clientIds } })).map((c) => [c.id, c]));
  const policyIds = [...new Set([...clients.values()].flatMap((c) => (c.slaPolicyId ? [c.slaPolicyId] : [])))];
  const policyVersions = await em.find(SlaPolicyVersion, { tenantId, policyId: { $in: policyIds } });
  const calendarIds = new Set([...clients.values()].flatMap((c) => (c.businessCalendarId ? [c.businessCalendarId] : [])));
  for (const v of policyVersions) if (v.businessCalendarId) calendarIds.add(v.businessCalendarId);
  const settings = new ClockSettings(policyVersions, await em.find(BusinessCalendarVersion, { tenantId, calendarId: { $in: [...calendarIds] } }));

  const rows: Record<string, unknown>[] = [];
  for (const ticket of tickets) {
    const client = ticket.clientId ? clients.get(ticket.clientId) : undefined;
    const { policy, calendarVersion, calendar } = settings.for(client, ticket.createdAt);
    const clockEvents = ticket.events.map(asHistoryEvent);
    const initial = initialValues(ticket.status, ticket.priority, clockEvents);
    const clocks = replaySlaClocks(
      { createdAt: ticket.createdAt, initialStatus: initial.status, initialPriority: initial.priority, events: clockEvents },
      policy ? { version: policy.version, targets: policy.targets, pausing: policy.pausingStatuses } : null,
      calendar,
      asOf,
    );
    const store = (result: ClockResult, cycle: number) =>
      rows.push({
        ticket_id: ticket.id, clock: result.clock, cycle, client_id: ticket.clientId,
        target_minutes: result.targetMinutes, elapsed_minutes: result.elapsedMinutes, paused_minutes: result.pausedMinutes,
        started_at: result.startedAt, stopped_at: result.stoppedAt, due_at: result.dueAt, status: result.status,
        sla_policy_version_id: policy?.id ?? null, business_calendar_version_id: calendarVersion?.id ?? null,
      });
    store(clocks.firstResponse, 1);
    clocks.resolutionCycles.forEach((cycle, i) => store(cycle, i + 1));
  }
  await rawSql(em, 'delete from ticket_sla_clock where tenant_id = ? and ticket_id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
    [tenantId, JSON.stringify(ids)]);
  if (rows.length) {
    // One statement for the batch: entity hydration of thousands of clock rows cost more than the math.
    await rawSql(em,
      `insert into ticket_sla_clock (tenant_id, ticket_id, clock, cycle, client_id, target_minutes, elapsed_minutes, paused_minutes,
         started_at, stopped_at, due_at, status, sla_policy_version_id, business_calendar_version_id, computed_at)
       select ?, r.ticket_id, r.clock, r.cycle, r.client_id, r.target_minutes, r.elapsed_minutes, r.paused_minutes,
              r.started_at, r.stopped_at, r.due_at, r.status, r.sla_policy_version_id, r.business_calendar_version_id, ?
         from jsonb_to_recordset(?::jsonb) as r(ticket_id uuid, clock text, cycle integer, client_id uuid, target_minutes double precision,
              elapsed_minutes double precision, paused_minutes double precision, started_at timestamptz, stopped_at timestamptz,
              due_at timestamptz, status text, sla_policy_version_id uuid, business_calendar_version_id uuid)`,
      [tenantId, asOf, JSON.stringify(rows)]);
  }
  return rows.length;
}
