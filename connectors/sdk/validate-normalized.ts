import type { NormalizedRecord } from './connector.js';
import {
  expectArray, expectCount, expectDate, expectDateOrNull, expectOneOf, expectText, expectTextOrNull, fail,
} from './field-checks.js';
import {
  EVENT_KINDS, PRIORITIES, STATUS_CATEGORIES, TICKET_TYPES, TIERS,
  type NormalizedCsat, type NormalizedEvent, type NormalizedTicket, type UnmappedValue,
} from './model.js';

// A record, not a list, so adding a field to UnmappedValue['field'] fails to compile until it is listed here.
const UNMAPPED_FIELDS = Object.keys({ status: 0, priority: 0, tier: 0, type: 0, company: 0 } satisfies Record<UnmappedValue['field'], 0>);
const OPTIONAL_TEXT = [
  'externalKey', 'url', 'companyRef', 'companyName', 'typeRaw', 'priorityRaw', 'statusRaw', 'tierRaw', 'mergedIntoExternalId',
] as const;
const OPTIONAL_DATES = ['firstResponseAt', 'firstResolvedAt', 'lastResolvedAt', 'closedAt'] as const;

/**
 * Checks that a connector's normalized record keeps the shared model's promises, beyond what the types
 * can: enum members, valid Dates, events sorted by (occurredAt, seq) with unique `seq`, CSAT scores
 * within their scale, an `unmapped` entry behind every UNMAPPED status. Timestamps are not checked
 * against each other: vendors do report updates before creation. Throws an Error naming the field.
 *
 * @example
 * assertNormalizedRecord(stream.normalize(raw, mappings)); // passes silently
 * assertNormalizedRecord({ kind: 'ticket', ticket: { ...ticket, priority: 'URGENT' } });
 * //=> throws 'ticket.priority: expected one of P1, P2, P3, P4, NONE, got "URGENT"'
 */
export function assertNormalizedRecord(record: NormalizedRecord): void {
  if (record.kind === 'ticket') return assertTicket(record.ticket);
  if (record.kind === 'csat') {
    expectText(record.ticketExternalId, 'ticketExternalId');
    return assertCsat(record.csat, 'csat');
  }
  fail('kind', "'ticket' or 'csat'", (record as { kind: unknown }).kind);
}

function assertTicket(ticket: NormalizedTicket): void {
  expectText(ticket.externalId, 'ticket.externalId');
  if (typeof ticket.title !== 'string') fail('ticket.title', 'a string', ticket.title);
  for (const field of OPTIONAL_TEXT) expectTextOrNull(ticket[field], `ticket.${field}`);
  expectOneOf(TICKET_TYPES, ticket.type, 'ticket.type');
  expectOneOf(PRIORITIES, ticket.priority, 'ticket.priority');
  expectOneOf(STATUS_CATEGORIES, ticket.status, 'ticket.status');
  expectOneOf(TIERS, ticket.tier, 'ticket.tier');
  expectDate(ticket.createdAt, 'ticket.createdAt');
  expectDate(ticket.sourceUpdatedAt, 'ticket.sourceUpdatedAt');
  for (const field of OPTIONAL_DATES) expectDateOrNull(ticket[field], `ticket.${field}`);
  expectCount(ticket.reopenCount, 'ticket.reopenCount');
  if (ticket.agentReplyCount !== null) expectCount(ticket.agentReplyCount, 'ticket.agentReplyCount');
  if (ticket.vendorSla !== null && (typeof ticket.vendorSla !== 'object' || Array.isArray(ticket.vendorSla))) {
    fail('ticket.vendorSla', 'an object or null', ticket.vendorSla);
  }
  assertEvents(ticket.events);
  expectArray(ticket.csat, 'ticket.csat');
  ticket.csat.forEach((csat, index) => assertCsat(csat, `ticket.csat[${index}]`));
  assertUnique(ticket.csat.map((csat) => csat.externalId), 'ticket.csat', 'externalId');
  expectArray(ticket.unmapped, 'ticket.unmapped');
  ticket.unmapped.forEach((entry, index) => {
    expectOneOf(UNMAPPED_FIELDS, entry.field, `ticket.unmapped[${index}].field`);
    if (typeof entry.raw !== 'string') fail(`ticket.unmapped[${index}].raw`, 'a string', entry.raw);
  });
  if (ticket.status === 'UNMAPPED' && !ticket.unmapped.some((entry) => entry.field === 'status')) {
    fail('ticket.unmapped', `an entry { field: 'status' } for the UNMAPPED status (raw ${JSON.stringify(ticket.statusRaw)})`, ticket.unmapped);
  }
}

function assertEvents(events: NormalizedEvent[]): void {
  expectArray(events, 'ticket.events');
  events.forEach((event, index) => {
    const path = `ticket.events[${index}]`;
    if (!Number.isInteger(event.seq)) fail(`${path}.seq`, 'an integer', event.seq);
    expectDate(event.occurredAt, `${path}.occurredAt`);
    expectOneOf(EVENT_KINDS, event.kind, `${path}.kind`);
    for (const field of ['fromValue', 'toValue', 'fromRaw', 'toRaw'] as const) expectTextOrNull(event[field], `${path}.${field}`);
    if (typeof event.automatic !== 'boolean') fail(`${path}.automatic`, 'a boolean', event.automatic);
    const previous = events[index - 1];
    if (previous && compareEvents(previous, event) > 0) {
      fail(path, `order by (occurredAt, seq) after seq ${previous.seq} at ${previous.occurredAt.toISOString()}`, { seq: event.seq, occurredAt: event.occurredAt });
    }
  });
  assertUnique(events.map((event) => event.seq), 'ticket.events', 'seq');
}

function assertCsat(csat: NormalizedCsat, path: string): void {
  expectText(csat.externalId, `${path}.externalId`);
  expectDate(csat.receivedAt, `${path}.receivedAt`);
  const { score, scaleMin, scaleMax } = csat;
  if (!Number.isFinite(scaleMin) || !Number.isFinite(scaleMax) || scaleMin >= scaleMax) {
    fail(`${path}.scaleMin`, 'finite scaleMin < scaleMax', { scaleMin, scaleMax });
  }
  if (!Number.isFinite(score) || score < scaleMin || score > scaleMax) fail(`${path}.score`, `a number within ${scaleMin}..${scaleMax}`, score);
}

function compareEvents(a: NormalizedEvent, b: NormalizedEvent): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq;
}

function assertUnique(values: unknown[], path: string, field: string): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) fail(`${path}[${index}].${field}`, `a ${field} unique within the list`, value);
    seen.add(value);
  });
}
