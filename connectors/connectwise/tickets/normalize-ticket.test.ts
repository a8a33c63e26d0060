import { describe, expect, it } from 'vitest';
import type { CwAuditTrailEntry, CwTicket } from '../connectwise-records.js';
import { connectWiseDefaultMappings as mappings } from '../connectwise-default-mappings.js';
import { normalizeTicket } from './normalize-ticket.js';

const created = '2024-03-01T09:00:00Z';
const status = (at: string, from: string, to: string): CwAuditTrailEntry => ({ text: `Status changed from "${from}" to "${to}"`, enteredDate: at });

function ticket(overrides: Partial<CwTicket> = {}): CwTicket {
  return {
    id: 7, summary: 'VPN down', recordType: 'ServiceTicket', company: { id: 19, identifier: 'Contoso', name: 'Contoso Ltd' },
    board: { id: 1, name: 'Help Desk' }, status: { id: 5, name: 'Closed' }, priority: { id: 2, name: 'Priority 2 - Quick Response' },
    _info: { dateEntered: created, lastUpdated: '2024-03-05T09:00:00Z' }, auditTrail: [], ...overrides,
  };
}

function normalized(record: CwTicket) {
  const result = normalizeTicket(record, mappings);
  if (result.kind !== 'ticket') throw new Error('expected a ticket');
  return result.ticket;
}

describe('normalizeTicket', () => {
  it('maps identity, company, type, priority, status and tier', () => {
    const t = normalized(ticket({ type: { id: 12, name: 'Service Request' } }));
    expect(t).toMatchObject({
      externalId: '7', externalKey: '7', title: 'VPN down', companyRef: '19', companyName: 'Contoso Ltd',
      type: 'SERVICE_REQUEST', typeRaw: 'Service Request', priority: 'P2', priorityRaw: 'Priority 2 - Quick Response',
      status: 'CLOSED', statusRaw: 'Closed', tier: 'TIER1', tierRaw: 'Help Desk', agentReplyCount: null, csat: [], unmapped: [],
      createdAt: new Date(created), sourceUpdatedAt: new Date('2024-03-05T09:00:00Z'),
    });
  });

  it.each([
    ['New', 'NEW'], ['In Progress', 'IN_PROGRESS'], ['waiting customer', 'WAITING_CUSTOMER'], ['Waiting Vendor', 'WAITING_THIRD_PARTY'],
    ['Scheduled', 'IN_PROGRESS'], ['Completed', 'RESOLVED'], ['>Closed', 'CLOSED'], ['Cancelled', 'CANCELLED'],
  ])('maps status %s to %s', (raw, category) => {
    expect(normalized(ticket({ status: { id: 1, name: raw } })).status).toBe(category);
  });

  it('puts an unknown status, priority, board and type in their buckets and names each once', () => {
    const t = normalized(ticket({
      status: { id: 1, name: 'Parked' }, priority: { id: 9, name: 'Whenever' }, board: { id: 9, name: 'Sales' }, type: { id: 1, name: 'Quote' },
      auditTrail: [status('2024-03-01T10:00:00Z', 'New', 'Parked')],
    }));
    expect(t).toMatchObject({ status: 'UNMAPPED', statusRaw: 'Parked', priority: 'NONE', tier: 'OTHER', type: 'OTHER' });
    expect(t.unmapped).toEqual([
      { field: 'status', raw: 'Parked' }, { field: 'type', raw: 'Quote' }, { field: 'priority', raw: 'Whenever' }, { field: 'tier', raw: 'Sales' },
    ]);
  });

  it('uses recordType when the ticket has no service type', () => {
    expect(normalized(ticket({ type: null, recordType: 'ProjectTicket' }))).toMatchObject({ type: 'OTHER', typeRaw: 'ProjectTicket' });
  });

  it.each([
    ['no reopen', ['New>In Progress', 'In Progress>Completed', 'Completed>Closed'], 0, '10:00', '10:00'],
    ['completed, reopened, completed again', ['New>In Progress', 'In Progress>Completed', 'Completed>In Progress', 'In Progress>Completed'], 1, '10:00', '12:00'],
    ['closed, reopened to Waiting Customer, closed', ['New>Closed', 'Closed>Waiting Customer', 'Waiting Customer>Closed'], 1, '09:30', '11:00'],
    ['closed then cancelled is no reopen', ['New>In Progress', 'In Progress>Closed', 'Closed>Cancelled'], 0, '10:00', '10:00'],
    ['resolved to closed is no new resolution', ['New>In Progress', 'In Progress>Completed', 'Completed>Closed'], 0, '10:00', '10:00'],
    ['a reopen into an unmapped status counts', ['New>Completed', 'Completed>Parked', 'Parked>Closed'], 1, '09:30', '11:00'],
  ])('counts reopens and resolutions: %s', (_name, changes, reopens, first, last) => {
    const times = ['09:30', '10:00', '11:00', '12:00'];
    const trail = changes.map((change, i) => {
      const [from, to] = change.split('>') as [string, string];
      return status(`2024-03-01T${times[i]}:00Z`, from, to);
    });
    const t = normalized(ticket({ auditTrail: trail }));
    expect(t.reopenCount).toBe(reopens);
    expect(t.firstResolvedAt).toEqual(new Date(`2024-03-01T${first}:00Z`));
    expect(t.lastResolvedAt).toEqual(new Date(`2024-03-01T${last}:00Z`));
  });

  it('falls back to dateResolved when the trail shows no resolution, and resolves at creation a ticket created closed', () => {
    expect(normalized(ticket({ dateResolved: '2024-03-02T00:00:00Z' })).firstResolvedAt).toEqual(new Date('2024-03-02T00:00:00Z'));
    expect(normalized(ticket({ status: { id: 1, name: 'In Progress' }, dateResolved: '2024-03-02T00:00:00Z' })).firstResolvedAt).toBeNull();
    const createdClosed = normalized(ticket({ auditTrail: [status('2024-03-01T10:00:00Z', 'Closed', 'In Progress'), status('2024-03-01T11:00:00Z', 'In Progress', 'Closed')] }));
    expect(createdClosed).toMatchObject({ firstResolvedAt: new Date(created), lastResolvedAt: new Date('2024-03-01T11:00:00Z'), reopenCount: 1 });
  });

  it('makes TIER_CHANGED events from board changes, keeping the board names raw', () => {
    const t = normalized(ticket({ auditTrail: [{ text: 'Board changed from "Help Desk" to "Escalations"', enteredDate: '2024-03-01T10:00:00Z' }] }));
    expect(t.events).toEqual([{
      seq: 0, occurredAt: new Date('2024-03-01T10:00:00Z'), kind: 'TIER_CHANGED', fromValue: 'TIER1', toValue: 'TIER2',
      fromRaw: 'Help Desk', toRaw: 'Escalations', automatic: false,
    }]);
  });

  it('makes PRIORITY_CHANGED events, ignores unrecognised entries and numbers events in time order', () => {
    const t = normalized(ticket({
      auditTrail: [
        { text: 'Priority changed from "Priority 3 - Normal Response" to "Priority 1 - Emergency Response"', enteredDate: '2024-03-01T11:00:00Z' },
        { text: 'Ticket has been created.', enteredDate: '2024-03-01T09:00:00Z' },
        status('2024-03-01T10:00:00Z', 'New', 'In Progress'),
      ],
    }));
    expect(t.events.map((e) => [e.seq, e.kind, e.fromValue, e.toValue])).toEqual([
      [0, 'STATUS_CHANGED', 'NEW', 'IN_PROGRESS'], [1, 'PRIORITY_CHANGED', 'P3', 'P1'],
    ]);
  });

  it('keeps source order for same-instant entries of a newest-first trail', () => {
    const at = '2024-03-01T10:00:00Z';
    const t = normalized(ticket({
      auditTrail: [
        status('2024-03-01T12:00:00Z', 'Completed', 'Closed'),
        status(at, 'In Progress', 'Completed'),
        { text: 'Board changed from "Help Desk" to "Tier 2"', enteredDate: at },
      ],
    }));
    expect(t.events.map((e) => e.toRaw)).toEqual(['Tier 2', 'Completed', 'Closed']);
  });

  it('keeps the vendor SLA facts raw and derives resolutionMet only once resolved', () => {
    const sla = { isInSla: false, sla: { id: 1, name: 'Gold' }, slaStatus: 'Resolved', respondMinutes: 12, resolveMinutes: 600 };
    expect(normalized(ticket({ ...sla, dateResolved: '2024-03-02T00:00:00Z' })).vendorSla).toMatchObject({
      responseMet: null, resolutionMet: false, isInSla: false, slaName: 'Gold', slaStatus: 'Resolved', respondMinutes: 12, resolveMinutes: 600,
    });
    expect(normalized(ticket({ ...sla, isInSla: true })).vendorSla).toMatchObject({ resolutionMet: null, isInSla: true });
    expect(normalized(ticket()).vendorSla).toBeNull();
  });

  it('reads timestamps and the merge parent', () => {
    const t = normalized(ticket({
      dateResponded: '2024-03-01T09:10:00Z', closedDate: '2024-03-04T00:00:00Z', mergedParentTicket: { id: 3, summary: 'VPN outage' },
    }));
    expect(t).toMatchObject({
      firstResponseAt: new Date('2024-03-01T09:10:00Z'), closedAt: new Date('2024-03-04T00:00:00Z'), mergedIntoExternalId: '3',
    });
  });

  it('refuses a ticket without a readable lastUpdated', () => {
    expect(() => normalizeTicket(ticket({ _info: { dateEntered: created } }), mappings)).toThrow(/_info.lastUpdated/);
  });
});
