import { ConnectorError, mapValue, type Mappings, type NormalizedRecord, type PriorityValue, type StatusCategoryValue,
  type TicketTypeValue, type TierValue, type UnmappedValue } from '../../sdk/index.js';
import type { CwTicket } from '../connectwise-records.js';
import { resolutionFacts } from './resolution-facts.js';
import { ticketEvents } from './ticket-events.js';
import { vendorSla } from './vendor-sla.js';

/**
 * A ConnectWise service ticket (with its audit trail, when `enrich` attached one) in the shared model.
 * Pure. The type is the board's service type (`type.name`) when set, else `recordType`; tier comes from
 * the board name. `agentReplyCount` is null: CW exposes public replies only as notes fetched per ticket
 * (`/service/tickets/{id}/allNotes`), which this connector does not read. `csat` is empty: CW answers come
 * from the `survey_results` stream. `url` is null: the UI host differs from the API host per tenant.
 *
 * @example
 * normalizeTicket({ id: 7, summary: 'VPN down', company: { id: 19, name: 'Contoso' }, board: { id: 1, name: 'Help Desk' },
 *   status: { id: 5, name: 'Closed' }, priority: { id: 2, name: 'Priority 2 - Quick Response' }, recordType: 'ServiceTicket',
 *   _info: { dateEntered: '2024-03-01T09:00:00Z', lastUpdated: '2024-03-02T09:00:00Z' }, auditTrail: [...] }, defaultMappings);
 * //=> { kind: 'ticket', ticket: { externalId: '7', companyRef: '19', companyName: 'Contoso', type: 'INCIDENT', priority: 'P2',
 * //     status: 'CLOSED', tier: 'TIER1', reopenCount: 0, agentReplyCount: null, events: [...], csat: [], unmapped: [], ... } }
 */
export function normalizeTicket(record: CwTicket, mappings: Mappings): NormalizedRecord {
  const unmapped: UnmappedValue[] = [];
  const typeRaw = record.type?.name ?? record.recordType ?? null;
  const status = mapValue<StatusCategoryValue>(mappings.statuses, record.status?.name, 'status', 'UNMAPPED', unmapped);
  const events = ticketEvents(record.auditTrail ?? [], mappings, unmapped);
  const createdAt = requiredDate(record._info?.dateEntered, record.id, '_info.dateEntered');
  const resolution = resolutionFacts(events, status, createdAt, optionalDate(record.dateResolved));
  return {
    kind: 'ticket',
    ticket: {
      externalId: String(record.id),
      externalKey: String(record.id),
      url: null,
      title: record.summary ?? '',
      companyRef: record.company?.id === undefined ? null : String(record.company.id),
      companyName: record.company?.name ?? null,
      type: mapValue<TicketTypeValue>(mappings.types, typeRaw, 'type', 'OTHER', unmapped),
      typeRaw,
      priority: mapValue<PriorityValue>(mappings.priorities, record.priority?.name, 'priority', 'NONE', unmapped),
      priorityRaw: record.priority?.name ?? null,
      status,
      statusRaw: record.status?.name ?? null,
      tier: mapValue<TierValue>(mappings.tiers, record.board?.name, 'tier', 'OTHER', unmapped),
      tierRaw: record.board?.name ?? null,
      createdAt,
      firstResponseAt: optionalDate(record.dateResponded),
      ...resolution,
      closedAt: optionalDate(record.closedDate),
      sourceUpdatedAt: requiredDate(record._info?.lastUpdated, record.id, '_info.lastUpdated'),
      agentReplyCount: null,
      mergedIntoExternalId: record.mergedParentTicket?.id === undefined ? null : String(record.mergedParentTicket.id),
      vendorSla: vendorSla(record),
      events,
      csat: [],
      unmapped: distinct(unmapped),
    },
  };
}

function optionalDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function requiredDate(value: string | undefined, id: number, field: string): Date {
  const date = optionalDate(value);
  if (!date) throw new ConnectorError('fatal', `ConnectWise ticket ${id} has no readable ${field}: expected an ISO-8601 time, received ${JSON.stringify(value)}`);
  return date;
}

function distinct(values: UnmappedValue[]): UnmappedValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(`${v.field}\u0000${v.raw}`) && Boolean(seen.add(`${v.field}\u0000${v.raw}`)));
}
