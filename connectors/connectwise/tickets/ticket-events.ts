import { mapValue, type Mappings, type NormalizedEvent, type PriorityValue, type StatusCategoryValue,
  type TierValue, type UnmappedValue } from '../../sdk/index.js';
import type { CwAuditTrailEntry } from '../connectwise-records.js';
import { chronological } from './chronological.js';
import { parseAuditChange, type AuditChange } from './parse-audit-change.js';

/**
 * The ticket's events from its audit trail: status changes (values mapped to status categories), board
 * changes as TIER_CHANGED (values mapped to tiers, the board names kept raw) and priority changes, in
 * time order with `seq` numbering them. Entries the parser does not recognise are ignored. ConnectWise's
 * trail carries no reliable public-reply or assignee wording, so no reply or assignee events are made.
 *
 * @example
 * ticketEvents([{ text: 'Board changed from "Help Desk" to "Tier 2"', enteredDate: '2024-03-01T10:00:00Z' }], defaults, []);
 * //=> [{ seq: 0, occurredAt: 2024-03-01T10:00:00Z, kind: 'TIER_CHANGED', fromValue: 'TIER1', toValue: 'TIER2',
 * //      fromRaw: 'Help Desk', toRaw: 'Tier 2', automatic: false }]
 */
export function ticketEvents(trail: readonly CwAuditTrailEntry[], mappings: Mappings, unmapped: UnmappedValue[]): NormalizedEvent[] {
  const events: NormalizedEvent[] = [];
  for (const { entry, at } of chronological(trail)) {
    const change = parseAuditChange(entry);
    if (!change) continue;
    events.push({ seq: events.length, occurredAt: at, automatic: false, fromRaw: change.from, toRaw: change.to, ...mapped(change, mappings, unmapped) });
  }
  return events;
}

function mapped(change: AuditChange, mappings: Mappings, unmapped: UnmappedValue[]): Pick<NormalizedEvent, 'kind' | 'fromValue' | 'toValue'> {
  const value = (raw: string | null): string | null => {
    if (raw === null) return null;
    switch (change.field) {
      case 'status': return mapValue<StatusCategoryValue>(mappings.statuses, raw, 'status', 'UNMAPPED', unmapped);
      case 'board': return mapValue<TierValue>(mappings.tiers, raw, 'tier', 'OTHER', unmapped);
      case 'priority': return mapValue<PriorityValue>(mappings.priorities, raw, 'priority', 'NONE', unmapped);
      default: return exhaustive(change.field);
    }
  };
  const kind = change.field === 'status' ? 'STATUS_CHANGED' : change.field === 'board' ? 'TIER_CHANGED' : 'PRIORITY_CHANGED';
  return { kind, fromValue: value(change.from), toValue: value(change.to) };
}

function exhaustive(field: never): never {
  throw new Error(`Unhandled audit field ${String(field)}`);
}
