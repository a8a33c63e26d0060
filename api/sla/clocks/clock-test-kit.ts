import { DateTime } from 'luxon';
import { Priority } from '../../tickets/priority.js';
import { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import type { ClockPolicy } from './clock-policy.js';
import type { ClockEvent } from './clock-ticket.js';
export { prng } from '../../../test/support/seeded-random.js';

/**
 * Test helpers shared by the clock tests (not imported by production code): event builders that
 * number `seq` in the order written, and a standard policy.
 */

/** The instant at which the wall clock of `zone` reads `localIso` (which must exist and be unambiguous). */
export function local(zone: string, localIso: string): Date {
  const dateTime = DateTime.fromISO(localIso, { zone });
  if (!dateTime.isValid || dateTime.toISO({ includeOffset: false })!.slice(0, localIso.length) !== localIso) {
    throw new Error(`${localIso} is not a wall-clock time in ${zone}`);
  }
  return dateTime.toJSDate();
}

/** `2025-03-03T<hhmm>Z` (a Monday) for short `HH:MM[:SS]` times, else the ISO string in UTC. */
export function utc(time: string): Date {
  return new Date(time.length <= 8 ? `2025-03-03T${time}Z` : time.endsWith('Z') ? time : `${time}Z`);
}

type EventSpec = Omit<ClockEvent, 'seq'>;

/** Numbers events' `seq` in the order given, like a source would. */
export function events(...specs: EventSpec[]): ClockEvent[] {
  return specs.map((spec, index) => ({ ...spec, seq: index + 1 }));
}

export const status = (at: Date, from: StatusCategory | null, to: StatusCategory | string | null): EventSpec => ({
  at,
  kind: TicketEventKind.STATUS_CHANGED,
  from,
  to,
});
export const priority = (at: Date, from: Priority | null, to: Priority | string | null): EventSpec => ({
  at,
  kind: TicketEventKind.PRIORITY_CHANGED,
  from,
  to,
});
export const reply = (at: Date, automatic = false): EventSpec => ({ at, kind: TicketEventKind.AGENT_PUBLIC_REPLY, automatic });
export const customerReply = (at: Date): EventSpec => ({ at, kind: TicketEventKind.CUSTOMER_REPLY });

/** P1 30/240, P2 60/480, P3 240/1440, P4 480/2880 minutes; WAITING_CUSTOMER pauses resolution. */
export const STANDARD_POLICY: ClockPolicy = {
  version: 3,
  targets: [
    { priority: Priority.P1, firstResponseMinutes: 30, resolutionMinutes: 240 },
    { priority: Priority.P2, firstResponseMinutes: 60, resolutionMinutes: 480 },
    { priority: Priority.P3, firstResponseMinutes: 240, resolutionMinutes: 1440 },
    { priority: Priority.P4, firstResponseMinutes: 480, resolutionMinutes: 2880 },
  ],
  pausing: { firstResponse: [], resolution: [StatusCategory.WAITING_CUSTOMER] },
};

