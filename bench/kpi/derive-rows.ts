import { DateTime } from 'luxon';
import { TWENTY_FOUR_SEVEN_UTC } from '../../api/sla/calendar/business-calendar.js';
import type { ClockResult } from '../../api/sla/clocks/clock-result.js';
import { initialValues } from '../../api/sla/clocks/initial-values.js';
import { replaySlaClocks } from '../../api/sla/clocks/replay-sla-clocks.js';
import { versionInForce } from '../../api/sla/clock-store/version-in-force.js';
import { deriveTicketFacts } from '../../api/kpis/facts/derive-ticket-facts.js';
import type { BenchPolicyVersion } from './bench-tenant.js';
import type { GenTicket } from './ticket-generator.js';

/** A ticket_sla_clock row as `recomputeSlaClocks` writes it (computed_at = as-of). */
export interface ClockRow {
  ticket_id: string;
  clock: string;
  cycle: number;
  client_id: string;
  target_minutes: number | null;
  elapsed_minutes: number;
  paused_minutes: number;
  started_at: Date;
  stopped_at: Date | null;
  due_at: Date | null;
  status: string;
  sla_policy_version_id: string | null;
  business_calendar_version_id: string | null;
}

/** A ticket_kpi_fact row as `refreshKpiFacts` writes it (computed_at = as-of). */
export interface FactRow {
  ticket_id: string;
  client_id: string;
  excluded: boolean;
  started_in_tier1: boolean;
  escalated: boolean;
  left_tier1_before_resolution: boolean;
  first_resolved_at: Date | null;
  first_reopen_after_resolution_at: Date | null;
  fcr: boolean | null;
  open_ranges: string;
}

/** The multirange literal `refreshKpiFacts` writes: half-open spans, an open end unbounded. */
export function multirange(ranges: ReadonlyArray<readonly [Date, Date | null]>): string {
  return `{${ranges.map(([start, end]) => `[${start.toISOString()},${end ? end.toISOString() : ''})`).join(',')}}`;
}

/**
 * The derived rows of one ticket, computed with the same pure functions and the same choices
 * as `recomputeSlaClocks` and `refreshKpiFacts` (policy and calendar versions in force on the
 * local creation date in the client's zone; the client's calendar else 24x7 UTC; the first
 * response clock as cycle 1 and every resolution cycle), for bulk writing.
 */
export function deriveRows(ticket: GenTicket, policyVersions: readonly BenchPolicyVersion[], asOf: Date, clocks: ClockRow[], facts: FactRow[]): void {
  const client = ticket.client;
  const localDate = DateTime.fromJSDate(ticket.createdAt, { zone: client.timeZone }).toISODate()!;
  const policy = versionInForce(policyVersions, localDate);
  const calendarVersion = versionInForce(client.calendarVersions, localDate);
  const events = ticket.events.map((e) => ({ at: e.at, seq: e.seq, kind: e.kind, from: e.from, to: e.to, automatic: e.automatic }));
  const initial = initialValues(ticket.status, ticket.priority, events);
  const result = replaySlaClocks(
    { createdAt: ticket.createdAt, initialStatus: initial.status, initialPriority: initial.priority, events },
    policy ? policy.policy : null,
    calendarVersion ? calendarVersion.compiled : TWENTY_FOUR_SEVEN_UTC,
    asOf,
  );
  const store = (r: ClockResult, cycle: number) =>
    clocks.push({
      ticket_id: ticket.id, clock: r.clock, cycle, client_id: client.id, target_minutes: r.targetMinutes,
      elapsed_minutes: r.elapsedMinutes, paused_minutes: r.pausedMinutes, started_at: r.startedAt, stopped_at: r.stoppedAt,
      due_at: r.dueAt, status: r.status, sla_policy_version_id: policy?.id ?? null, business_calendar_version_id: calendarVersion?.id ?? null,
    });
  store(result.firstResponse, 1);
  result.resolutionCycles.forEach((cycle, i) => store(cycle, i + 1));

  const f = deriveTicketFacts({
    createdAt: ticket.createdAt, currentStatus: ticket.status, currentTier: ticket.tier, mergedIntoId: ticket.mergedIntoId,
    agentReplyCount: ticket.agentReplyCount, events,
  }, asOf);
  facts.push({
    ticket_id: ticket.id, client_id: client.id, excluded: f.excluded, started_in_tier1: f.startedInTier1, escalated: f.escalated,
    left_tier1_before_resolution: f.leftTier1BeforeFirstResolution, first_resolved_at: f.firstResolvedAt,
    first_reopen_after_resolution_at: f.firstReopenAfterFirstResolution, fcr: f.fcr, open_ranges: multirange(f.openRanges),
  });
}
