/**
 * A slow, obviously correct reference implementation of the KPI catalogue (kpi-sla.md "The KPI
 * catalogue" and "Precise rules", docs/kpis.md) over plain arrays. It exists to check the SQL
 * engine and `api/kpis/facts/`, so it derives every history fact itself by replaying each ticket's
 * events one by one; only the SLA clock minutes and statuses come from `replaySlaClocks`, which has
 * its own minute-level oracle.
 *
 * Test-only code: clarity over speed.
 */
import { KPI_FIGURES } from '../../api/kpis/engine/kpi-figures.js';
import { DateTime } from 'luxon';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import type { KpiFigure, KpiFigureKind } from '../../api/kpis/engine/kpi-figure.js';
import type { Granularity, KpiRequest } from '../../api/kpis/engine/kpi-request.js';
import {
  compileCalendar,
  TWENTY_FOUR_SEVEN_UTC,
  type CompiledCalendar,
  type DateExceptionSpec,
  type HolidaySpec,
  type WeeklyIntervalSpec,
} from '../../api/sla/calendar/business-calendar.js';
import type { ClockPausing, ClockTarget } from '../../api/sla/clocks/clock-policy.js';
import type { SlaClocks } from '../../api/sla/clocks/clock-result.js';
import type { ClockEvent } from '../../api/sla/clocks/clock-ticket.js';
import { initialValues } from '../../api/sla/clocks/initial-values.js';
import { replaySlaClocks } from '../../api/sla/clocks/replay-sla-clocks.js';
import { Priority } from '../../api/tickets/priority.js';
import { StatusCategory } from '../../api/tickets/status-category.js';
import { TicketEventKind } from '../../api/tickets/ticket-event-kind.js';
import { TicketType } from '../../api/tickets/ticket-type.js';
import { Tier } from '../../api/tickets/tier.js';

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

export interface OracleClient {
  id: string;
  timeZone: string;
  endpointCount: number | null;
  slaPolicyId: string | null;
  businessCalendarId: string | null;
}

export interface OraclePolicyVersion {
  id: string;
  policyId: string;
  version: number;
  /** Local date YYYY-MM-DD. */
  effectiveFrom: string;
  businessCalendarId: string | null;
  targets: ClockTarget[];
  pausingStatuses: ClockPausing;
}

export interface OracleCalendarVersion {
  id: string;
  calendarId: string;
  version: number;
  /** Local date YYYY-MM-DD. */
  effectiveFrom: string;
  timeZone: string;
  weeklyIntervals: WeeklyIntervalSpec[];
  holidays: HolidaySpec[];
  exceptions: DateExceptionSpec[];
}

export interface OracleTicket {
  id: string;
  clientId: string;
  sourceSystem: string;
  /** Current values (rule 8: breakdowns and exclusion read these). */
  type: TicketType;
  priority: Priority;
  status: StatusCategory;
  tier: Tier;
  createdAt: Date;
  mergedIntoId: string | null;
  agentReplyCount: number | null;
}

export interface OracleEvent {
  ticketId: string;
  seq: number;
  occurredAt: Date;
  kind: TicketEventKind;
  fromValue: string | null;
  toValue: string | null;
  automatic: boolean;
}

export interface OracleCsat {
  ticketId: string;
  score: number;
  scaleMin: number;
  scaleMax: number;
  receivedAt: Date;
}

export interface OracleData {
  clients: OracleClient[];
  policyVersions: OraclePolicyVersion[];
  calendarVersions: OracleCalendarVersion[];
  tickets: OracleTicket[];
  events: OracleEvent[];
  csat: OracleCsat[];
}

// ---------------------------------------------------------------------------------------------
// Catalogue shape
// ---------------------------------------------------------------------------------------------

/** The figures each KPI has: the output contract the engine and the oracle share (not logic). */
export const FIGURES_OF: Readonly<Record<KpiKey, readonly KpiFigureKind[]>> = KPI_FIGURES;

export const ALL_KEYS: readonly KpiKey[] = Object.values(KpiKey);

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const RESOLVED_SET: ReadonlySet<string> = new Set([StatusCategory.RESOLVED, StatusCategory.CLOSED]);
const TIER_RANK: Record<Tier, number> = { [Tier.OTHER]: 0, [Tier.TIER1]: 1, [Tier.TIER2]: 2, [Tier.TIER3]: 3 };

function asStatus(value: string | null): StatusCategory {
  return value !== null && (Object.values(StatusCategory) as string[]).includes(value) ? (value as StatusCategory) : StatusCategory.UNMAPPED;
}

function asTier(value: string | null): Tier {
  return value !== null && (Object.values(Tier) as string[]).includes(value) ? (value as Tier) : Tier.OTHER;
}

function isOpen(status: StatusCategory): boolean {
  return status !== StatusCategory.RESOLVED && status !== StatusCategory.CLOSED && status !== StatusCategory.CANCELLED;
}

/** PostgreSQL `percentile_cont(p)`: linear interpolation between the closest ranks; null on empty. */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The instant of local midnight starting `date` in `zone`. */
function localMidnight(date: string, zone: string): number {
  const dt = DateTime.fromISO(date, { zone });
  if (!dt.isValid) throw new RangeError(`bad local date ${date} in ${zone}`);
  return dt.toMillis();
}

function localDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** A date-only calculator (UTC is used as a zone-less calendar). */
function plainDate(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC' });
}

// ---------------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------------

export interface Bucket {
  /** First local date, inclusive. */
  from: string;
  /** Local date, exclusive. */
  to: string;
}

/** Calendar-aligned periods of `granularity` clipped to [from, to), as local dates. */
export function bucketsOf(from: string, to: string, granularity: Granularity): Bucket[] {
  const buckets: Bucket[] = [];
  let start = plainDate(from);
  const end = plainDate(to);
  while (start < end) {
    let next: DateTime;
    switch (granularity) {
      case 'DAY':
        next = start.plus({ days: 1 });
        break;
      case 'WEEK':
        // ISO week: Monday is weekday 1; the next Monday strictly after `start`.
        next = start.plus({ days: 8 - start.weekday });
        break;
      case 'MONTH':
        next = start.startOf('month').plus({ months: 1 });
        break;
      case 'QUARTER':
        next = start.startOf('quarter').plus({ months: 3 });
        break;
      case 'YEAR':
        next = start.startOf('year').plus({ years: 1 });
        break;
    }
    if (next > end) next = end;
    buckets.push({ from: start.toISODate()!, to: next.toISODate()! });
    start = next;
  }
  return buckets;
}

/** Months in a bucket of local dates: whole calendar months count 1, partial ones days / days-in-month. */
export function monthsIn(bucket: Bucket): number {
  let months = 0;
  let start = plainDate(bucket.from);
  const end = plainDate(bucket.to);
  while (start < end) {
    const nextMonth = start.startOf('month').plus({ months: 1 });
    const stop = nextMonth < end ? nextMonth : end;
    const days = Math.round(stop.diff(start, 'days').days);
    months += days / start.daysInMonth!;
    start = stop;
  }
  return months;
}

// ---------------------------------------------------------------------------------------------
// One ticket's story, replayed event by event
// ---------------------------------------------------------------------------------------------

interface Step {
  /** Effective instant: max(occurredAt, createdAt). */
  t: number;
  /** Position in (occurredAt, seq) order. */
  index: number;
  event: OracleEvent;
}

interface Change<V> {
  t: number;
  index: number;
  from: V;
  to: V;
}

export interface TicketStory {
  ticket: OracleTicket;
  client: OracleClient;
  excluded: boolean;
  createdMs: number;
  initialStatus: StatusCategory;
  initialTier: Tier;
  statusChanges: Change<StatusCategory>[];
  tierChanges: Change<Tier>[];
  /** First resolution (entering RESOLVED/CLOSED from another category) up to as-of; index -1 when created resolved. */
  firstResolution: { t: number; index: number } | null;
  /** Instants of every reopen up to as-of. */
  reopens: number[];
  /** Non-automatic agent replies when the ticket has any AGENT_PUBLIC_REPLY event, else agentReplyCount. */
  replies: number | null;
  clocks: SlaClocks;
}

function versionInForce<V extends { effectiveFrom: string }>(versions: readonly V[], localDate: string): V | undefined {
  let best: V | undefined;
  for (const v of versions) if (v.effectiveFrom <= localDate && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  return best;
}

export function ticketStory(
  data: OracleData,
  ticket: OracleTicket,
  client: OracleClient,
  asOf: Date,
  compiled: Map<string, CompiledCalendar> = new Map(),
): TicketStory {
  const createdMs = ticket.createdAt.getTime();
  const asOfMs = Math.max(asOf.getTime(), createdMs);
  const allEvents = data.events
    .filter((e) => e.ticketId === ticket.id)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq);

  // Values at creation: `from` of the first change of its kind over all events, else the current value.
  const firstStatusChange = allEvents.find((e) => e.kind === TicketEventKind.STATUS_CHANGED);
  const firstTierChange = allEvents.find((e) => e.kind === TicketEventKind.TIER_CHANGED);
  const initialStatus = firstStatusChange ? asStatus(firstStatusChange.fromValue) : ticket.status;
  const initialTier = firstTierChange ? asTier(firstTierChange.fromValue) : ticket.tier;

  // Events up to as-of (one exactly at it applies); earlier than creation happens at creation.
  const steps: Step[] = allEvents
    .filter((e) => e.occurredAt.getTime() <= asOfMs)
    .map((event, index) => ({ t: Math.max(event.occurredAt.getTime(), createdMs), index, event }));

  // Replay status and tier one event at a time; a change to the current value is ignored.
  const statusChanges: Change<StatusCategory>[] = [];
  const tierChanges: Change<Tier>[] = [];
  let status = initialStatus;
  let tier = initialTier;
  for (const step of steps) {
    if (step.event.kind === TicketEventKind.STATUS_CHANGED) {
      const next = asStatus(step.event.toValue);
      if (next !== status) statusChanges.push({ t: step.t, index: step.index, from: status, to: next });
      status = next;
    } else if (step.event.kind === TicketEventKind.TIER_CHANGED) {
      const next = asTier(step.event.toValue);
      if (next !== tier) tierChanges.push({ t: step.t, index: step.index, from: tier, to: next });
      tier = next;
    }
  }

  let firstResolution: { t: number; index: number } | null = RESOLVED_SET.has(initialStatus) ? { t: createdMs, index: -1 } : null;
  const reopens: number[] = [];
  for (const change of statusChanges) {
    const resolves = !RESOLVED_SET.has(change.from) && RESOLVED_SET.has(change.to);
    const reopensIt = RESOLVED_SET.has(change.from) && !RESOLVED_SET.has(change.to) && change.to !== StatusCategory.CANCELLED;
    if (resolves && firstResolution === null) firstResolution = { t: change.t, index: change.index };
    if (reopensIt) reopens.push(change.t);
  }

  const replyEvents = allEvents.filter((e) => e.kind === TicketEventKind.AGENT_PUBLIC_REPLY);
  const replies =
    replyEvents.length > 0
      ? steps.filter((s) => s.event.kind === TicketEventKind.AGENT_PUBLIC_REPLY && !s.event.automatic).length
      : ticket.agentReplyCount;

  // SLA clocks: policy and calendar versions in force on the local creation date.
  const localDate = localDateOf(ticket.createdAt, client.timeZone);
  const policy = client.slaPolicyId
    ? versionInForce(data.policyVersions.filter((v) => v.policyId === client.slaPolicyId), localDate)
    : undefined;
  const calendarVersion = [client.businessCalendarId, policy?.businessCalendarId ?? null]
    .map((id) => (id ? versionInForce(data.calendarVersions.filter((v) => v.calendarId === id), localDate) : undefined))
    .find((v) => v !== undefined);
  let calendar = TWENTY_FOUR_SEVEN_UTC;
  if (calendarVersion) {
    calendar = compiled.get(calendarVersion.id) ?? compileCalendar(calendarVersion);
    compiled.set(calendarVersion.id, calendar);
  }
  const clockEvents: ClockEvent[] = allEvents.map((e) => ({
    at: e.occurredAt, seq: e.seq, kind: e.kind, from: e.fromValue, to: e.toValue, automatic: e.automatic,
  }));
  const initial = initialValues(ticket.status, ticket.priority, clockEvents);
  const clocks = replaySlaClocks(
    { createdAt: ticket.createdAt, initialStatus: initial.status, initialPriority: initial.priority, events: clockEvents },
    policy ? { version: policy.version, targets: policy.targets, pausing: policy.pausingStatuses } : null,
    calendar,
    asOf,
  );

  return {
    ticket,
    client,
    excluded: ticket.status === StatusCategory.CANCELLED || ticket.mergedIntoId !== null,
    createdMs,
    initialStatus,
    initialTier,
    statusChanges,
    tierChanges,
    firstResolution,
    reopens,
    replies,
    clocks,
  };
}

/** Status after every event strictly before `t`. */
function statusJustBefore(story: TicketStory, t: number): StatusCategory {
  let status = story.initialStatus;
  for (const change of story.statusChanges) if (change.t < t) status = change.to;
  return status;
}

function escalatedUp(story: TicketStory): boolean {
  return story.tierChanges.some((c) => TIER_RANK[c.to] > TIER_RANK[c.from]);
}

function enteredTier2Or3(story: TicketStory): boolean {
  return story.tierChanges.some((c) => c.to === Tier.TIER2 || c.to === Tier.TIER3);
}

function leftTier1BeforeFirstResolution(story: TicketStory): boolean {
  const res = story.firstResolution!;
  return story.tierChanges.some(
    (c) => c.from === Tier.TIER1 && (c.t < res.t || (c.t === res.t && c.index < res.index)),
  );
}

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

const TYPE_DOMAIN: readonly string[] = Object.values(TicketType);
const PRIORITY_DOMAIN: readonly string[] = Object.values(Priority);
const TIER_DOMAIN: readonly string[] = Object.values(Tier);

function groupOf(ticket: OracleTicket, breakdown: KpiRequest['breakdown']): string | null {
  switch (breakdown) {
    case null:
      return null;
    case 'TYPE':
      return ticket.type;
    case 'PRIORITY':
      return ticket.priority;
    case 'TIER':
      return ticket.tier;
    case 'SOURCE':
      return ticket.sourceSystem;
    case 'CLIENT':
      return ticket.clientId;
  }
}

/**
 * The whole catalogue for `request` over `data`, judged at `asOf`: one row per bucket x group x
 * (key, figure). See the file header and kpi-sla.md.
 */
export function oracleKpis(data: OracleData, request: KpiRequest, asOf: Date): KpiFigure[] {
  const clients = data.clients.filter((c) => request.clientIds.includes(c.id));
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const compiled = new Map<string, CompiledCalendar>();
  const stories = data.tickets
    .filter((t) => clientById.has(t.clientId))
    .map((t) => ticketStory(data, t, clientById.get(t.clientId)!, asOf, compiled));
  const storyById = new Map(stories.map((s) => [s.ticket.id, s]));

  const groups: (string | null)[] =
    request.breakdown === null ? [null]
    : request.breakdown === 'TYPE' ? [...TYPE_DOMAIN]
    : request.breakdown === 'PRIORITY' ? [...PRIORITY_DOMAIN]
    : request.breakdown === 'TIER' ? [...TIER_DOMAIN]
    : request.breakdown === 'CLIENT' ? clients.map((c) => c.id).sort()
    : [...new Set(stories.map((s) => s.ticket.sourceSystem))].sort();
  const keys = request.keys.length > 0 ? request.keys : ALL_KEYS;

  const rows: KpiFigure[] = [];
  for (const bucket of bucketsOf(request.from, request.to, request.granularity)) {
    // The bucket's instants in each client's own zone.
    const startOf = (client: OracleClient) => localMidnight(bucket.from, client.timeZone);
    const endOf = (client: OracleClient) => localMidnight(bucket.to, client.timeZone);
    const inBucket = (client: OracleClient, t: number) => startOf(client) <= t && t < endOf(client);
    const months = monthsIn(bucket);

    for (const group of groups) {
      const inGroup = stories.filter((s) => groupOf(s.ticket, request.breakdown) === group);
      const kept = inGroup.filter((s) => !s.excluded);
      const created = kept.filter((s) => inBucket(s.client, s.createdMs));
      const firstResolved = kept.filter((s) => s.firstResolution !== null && inBucket(s.client, s.firstResolution.t));

      const emit = (key: KpiKey, figure: KpiFigureKind, value: number | null, numerator: number | null, denominator: number | null) =>
        rows.push({ key, figure, bucket: bucket.from, group, value, numerator, denominator });
      const count = (key: KpiKey, figure: KpiFigureKind, n: number) => emit(key, figure, n, null, null);
      const ratio = (key: KpiKey, figure: KpiFigureKind, num: number, den: number) => emit(key, figure, den === 0 ? null : num / den, num, den);
      const stats = (key: KpiKey, values: number[]) => {
        emit(key, 'MEDIAN', percentileCont(values, 0.5), null, values.length);
        emit(key, 'P90', percentileCont(values, 0.9), null, values.length);
        emit(key, 'MEAN', mean(values), null, values.length);
      };
      const attainment = (key: KpiKey, clock: 'firstResponse' | 'resolution') => {
        const statuses = created.map((s) => s.clocks[clock].status);
        const met = statuses.filter((x) => x === 'MET').length;
        const breached = statuses.filter((x) => x === 'BREACHED').length;
        ratio(key, 'RATIO', met, met + breached);
        count(key, 'NO_TARGET', statuses.filter((x) => x === 'NO_TARGET').length);
        count(key, 'PENDING', statuses.filter((x) => x === 'PENDING').length);
      };

      for (const key of keys) {
        switch (key) {
          case KpiKey.ticket_volume: {
            count(key, 'COUNT', created.length);
            count(key, 'EXCLUDED', inGroup.filter((s) => s.excluded && inBucket(s.client, s.createdMs)).length);
            break;
          }
          case KpiKey.first_response_time: {
            stats(key, created.filter((s) => s.clocks.firstResponse.stoppedAt !== null).map((s) => s.clocks.firstResponse.elapsedMinutes));
            break;
          }
          case KpiKey.resolution_time: {
            stats(key, firstResolved.map((s) => s.clocks.resolution.elapsedMinutes));
            break;
          }
          case KpiKey.sla_response_attainment:
            attainment(key, 'firstResponse');
            break;
          case KpiKey.sla_resolution_attainment:
            attainment(key, 'resolution');
            break;
          case KpiKey.first_contact_resolution: {
            const known = firstResolved.filter((s) => s.replies !== null);
            const fcr = known.filter((s) => s.replies! <= 1 && s.reopens.length === 0 && !escalatedUp(s));
            ratio(key, 'RATIO', fcr.length, known.length);
            break;
          }
          case KpiKey.escalation_rate: {
            const startedTier1 = created.filter((s) => s.initialTier === Tier.TIER1);
            ratio(key, 'RATIO', startedTier1.filter(enteredTier2Or3).length, startedTier1.length);
            break;
          }
          case KpiKey.first_level_resolution: {
            const startedTier1 = firstResolved.filter((s) => s.initialTier === Tier.TIER1);
            ratio(key, 'RATIO', startedTier1.filter((s) => !leftTier1BeforeFirstResolution(s)).length, startedTier1.length);
            break;
          }
          case KpiKey.reopen_rate: {
            const reopened = firstResolved.filter((s) =>
              s.reopens.some((r) => r > s.firstResolution!.t && r < endOf(s.client)),
            );
            ratio(key, 'RATIO', reopened.length, firstResolved.length);
            break;
          }
          case KpiKey.backlog: {
            const ages = kept
              .filter((s) => s.createdMs < endOf(s.client) && isOpen(statusJustBefore(s, endOf(s.client))))
              .map((s) => endOf(s.client) - s.createdMs);
            count(key, 'COUNT', ages.length);
            count(key, 'AGE_0_1D', ages.filter((a) => a < DAY_MS).length);
            count(key, 'AGE_1_3D', ages.filter((a) => a >= DAY_MS && a < 3 * DAY_MS).length);
            count(key, 'AGE_3_7D', ages.filter((a) => a >= 3 * DAY_MS && a < 7 * DAY_MS).length);
            count(key, 'AGE_7_30D', ages.filter((a) => a >= 7 * DAY_MS && a < 30 * DAY_MS).length);
            count(key, 'AGE_30D_PLUS', ages.filter((a) => a >= 30 * DAY_MS).length);
            break;
          }
          case KpiKey.csat: {
            const normalized = data.csat
              .filter((r) => {
                const story = storyById.get(r.ticketId);
                return story !== undefined && !story.excluded && groupOf(story.ticket, request.breakdown) === group
                  && inBucket(story.client, r.receivedAt.getTime());
              })
              .map((r) => (r.score - r.scaleMin) / (r.scaleMax - r.scaleMin));
            count(key, 'COUNT', normalized.length);
            ratio(key, 'RATIO', normalized.filter((x) => x >= 0.75).length, normalized.length);
            emit(key, 'MEAN', mean(normalized), null, normalized.length);
            ratio(key, 'RESPONSE_RATE', normalized.length, firstResolved.length);
            break;
          }
          case KpiKey.tickets_per_endpoint: {
            // With a CLIENT breakdown, each group's endpoints are its own client's.
            const recording = clients.filter((c) => c.endpointCount !== null && (request.breakdown !== 'CLIENT' || c.id === group));
            const volume = created.filter((s) => s.client.endpointCount !== null).length;
            const endpointMonths = recording.reduce((sum, c) => sum + c.endpointCount! * months, 0);
            ratio(key, 'PER_ENDPOINT_MONTH', volume, endpointMonths);
            break;
          }
        }
      }
    }
  }
  return rows;
}
