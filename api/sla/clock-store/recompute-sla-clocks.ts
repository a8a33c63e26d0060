import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { Client } from '../../clients/client.entity.js';
import { BusinessCalendarVersion } from '../../calendars/business-calendar-version.entity.js';
import { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { Ticket } from '../../tickets/ticket.entity.js';
import { TicketEvent } from '../../tickets/ticket-event.entity.js';
import { compileCalendar, TWENTY_FOUR_SEVEN_UTC, type CompiledCalendar } from '../calendar/business-calendar.js';
import type { ClockResult } from '../clocks/clock-result.js';
import { initialValues } from '../clocks/initial-values.js';
import { replaySlaClocks } from '../clocks/replay-sla-clocks.js';
import { TicketSlaClock, type SlaClockKind, type SlaClockStatus } from './ticket-sla-clock.entity.js';
import { versionInForce } from './version-in-force.js';

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

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
): Promise<number> {
  if (ticketIds.length === 0) return 0;
  const ids = [...ticketIds];
  const tickets = await em.find(Ticket, { tenantId, id: { $in: ids } });
  const events = groupBy(
    await em.find(TicketEvent, { tenantId, ticketId: { $in: ids } }, { orderBy: [{ ticketId: 'asc' }, { seq: 'asc' }] }),
    (e) => e.ticketId,
  );
  const clientIds = [...new Set(tickets.flatMap((t) => (t.clientId ? [t.clientId] : [])))];
  const clients = new Map((await em.find(Client, { tenantId, id: { $in: clientIds } })).map((c) => [c.id, c]));
  const policyIds = [...new Set([...clients.values()].flatMap((c) => (c.slaPolicyId ? [c.slaPolicyId] : [])))];
  const policyVersions = groupBy(await em.find(SlaPolicyVersion, { tenantId, policyId: { $in: policyIds } }), (v) => v.policyId);
  const calendarIds = new Set([...clients.values()].flatMap((c) => (c.businessCalendarId ? [c.businessCalendarId] : [])));
  for (const versions of policyVersions.values()) for (const v of versions) if (v.businessCalendarId) calendarIds.add(v.businessCalendarId);
  const calendarVersions = groupBy(
    await em.find(BusinessCalendarVersion, { tenantId, calendarId: { $in: [...calendarIds] } }),
    (v) => v.calendarId,
  );
  const compiled = new Map<string, CompiledCalendar>();
  const calendarOf = (version: BusinessCalendarVersion) => {
    let calendar = compiled.get(version.id);
    if (!calendar) {
      calendar = compileCalendar(version);
      compiled.set(version.id, calendar);
    }
    return calendar;
  };

  const rows: TicketSlaClock[] = [];
  for (const ticket of tickets) {
    const client = ticket.clientId ? clients.get(ticket.clientId) : undefined;
    const localDate = DateTime.fromJSDate(ticket.createdAt, { zone: client?.timeZone ?? 'UTC' }).toISODate()!;
    const policy = client?.slaPolicyId ? versionInForce(policyVersions.get(client.slaPolicyId) ?? [], localDate) : undefined;
    const calendarVersion = [client?.businessCalendarId, policy?.businessCalendarId]
      .map((id) => (id ? versionInForce(calendarVersions.get(id) ?? [], localDate) : undefined))
      .find((v) => v !== undefined);
    const clockEvents = (events.get(ticket.id) ?? []).map((e) => ({
      at: e.occurredAt, seq: e.seq, kind: e.kind, from: e.fromValue, to: e.toValue, automatic: e.automatic,
    }));
    const initial = initialValues(ticket.status, ticket.priority, clockEvents);
    const clocks = replaySlaClocks(
      { createdAt: ticket.createdAt, initialStatus: initial.status, initialPriority: initial.priority, events: clockEvents },
      policy ? { version: policy.version, targets: policy.targets, pausing: policy.pausingStatuses } : null,
      calendarVersion ? calendarOf(calendarVersion) : TWENTY_FOUR_SEVEN_UTC,
      asOf,
    );
    const store = (result: ClockResult, cycle: number) =>
      rows.push(em.create(TicketSlaClock, {
        tenantId, ticketId: ticket.id, clock: result.clock as SlaClockKind, cycle, clientId: ticket.clientId ?? null,
        targetMinutes: result.targetMinutes, elapsedMinutes: result.elapsedMinutes, pausedMinutes: result.pausedMinutes,
        startedAt: result.startedAt, stoppedAt: result.stoppedAt, dueAt: result.dueAt, status: result.status as SlaClockStatus,
        slaPolicyVersionId: policy?.id ?? null, businessCalendarVersionId: calendarVersion?.id ?? null, computedAt: asOf,
      }, { persist: false }));
    store(clocks.firstResponse, 1);
    clocks.resolutionCycles.forEach((cycle, i) => store(cycle, i + 1));
  }
  await em.nativeDelete(TicketSlaClock, { tenantId, ticketId: { $in: ids } });
  if (rows.length) await em.insertMany(TicketSlaClock, rows);
  return rows.length;
}
