import { mapValue, type Mappings, type NormalizedEvent, type NormalizedRecord, type UnmappedValue } from '../../index.js';
import type { AcmeTicket } from './acme-ticket.js';

const DONE = new Set(['RESOLVED', 'CLOSED']);

/**
 * Pure mapping of an Acme Desk ticket onto the shared model; every vendor value goes through the
 * mapping tables, and what they do not cover lands in `unmapped`.
 *
 * @example
 * normalizeAcmeTicket({ ...ticket, status: 'parked' }, acmeDesk.defaultMappings).ticket.status; //=> 'UNMAPPED'
 * // ...and its unmapped list holds { field: 'status', raw: 'parked' }
 */
export function normalizeAcmeTicket(ticket: AcmeTicket, mappings: Mappings): NormalizedRecord {
  const unmapped: UnmappedValue[] = [];
  const status = mapValue(mappings.statuses, ticket.status, 'status', 'UNMAPPED', unmapped);
  const mapped = (field: 'status' | 'group', raw: string | null): string | null =>
    raw === null ? null
    : field === 'status' ? mapValue(mappings.statuses, raw, 'status', 'UNMAPPED', unmapped)
    : mapValue(mappings.tiers, raw, 'tier', 'OTHER', unmapped);
  const events: NormalizedEvent[] = ticket.audits.map((audit, seq) => ({
    seq,
    occurredAt: new Date(audit.at),
    kind: audit.field === 'status' ? 'STATUS_CHANGED' : 'TIER_CHANGED',
    fromValue: mapped(audit.field, audit.from),
    toValue: mapped(audit.field, audit.to),
    fromRaw: audit.from,
    toRaw: audit.to,
    automatic: false,
  }));
  const statusChanges = events.filter((event) => event.kind === 'STATUS_CHANGED');
  const firstResolved = statusChanges.find((event) => DONE.has(event.toValue ?? ''));
  return {
    kind: 'ticket',
    ticket: {
      externalId: String(ticket.id),
      externalKey: ticket.number,
      url: null,
      title: ticket.subject,
      companyRef: ticket.organization?.id ?? null,
      companyName: ticket.organization?.name ?? null,
      type: mapValue(mappings.types, ticket.kind, 'type', 'OTHER', unmapped),
      typeRaw: ticket.kind,
      priority: mapValue(mappings.priorities, ticket.priority, 'priority', 'NONE', unmapped),
      priorityRaw: ticket.priority,
      status,
      statusRaw: ticket.status,
      tier: mapValue(mappings.tiers, ticket.group, 'tier', 'OTHER', unmapped),
      tierRaw: ticket.group,
      createdAt: new Date(ticket.created_at),
      firstResponseAt: ticket.first_reply_at === null ? null : new Date(ticket.first_reply_at),
      firstResolvedAt: firstResolved?.occurredAt ?? null,
      lastResolvedAt: ticket.solved_at === null ? null : new Date(ticket.solved_at),
      closedAt: status === 'CLOSED' ? new Date(ticket.updated_at) : null,
      sourceUpdatedAt: new Date(ticket.updated_at),
      reopenCount: statusChanges.filter((event) => DONE.has(event.fromValue ?? '') && !DONE.has(event.toValue ?? '')).length,
      agentReplyCount: null,
      mergedIntoExternalId: null,
      vendorSla: null,
      events,
      csat: ticket.satisfaction === null ? [] : [{
        externalId: ticket.satisfaction.id, score: ticket.satisfaction.score, scaleMin: 1, scaleMax: 5,
        receivedAt: new Date(ticket.satisfaction.at),
      }],
      unmapped,
    },
  };
}
