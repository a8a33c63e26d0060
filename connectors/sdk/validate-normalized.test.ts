import { describe, expect, it } from 'vitest';
import type { NormalizedRecord } from './connector.js';
import type { NormalizedTicket } from './model.js';
import { assertNormalizedRecord } from './validate-normalized.js';

const at = (iso: string): Date => new Date(iso);

function ticket(overrides: Partial<NormalizedTicket> = {}): NormalizedRecord {
  return {
    kind: 'ticket',
    ticket: {
      externalId: '1001', externalKey: 'AC-1001', url: null, title: 'Printer on fire', companyRef: 'org-1', companyName: 'Northwind',
      type: 'INCIDENT', typeRaw: 'incident', priority: 'P2', priorityRaw: 'high', status: 'RESOLVED', statusRaw: 'solved',
      tier: 'TIER1', tierRaw: 'Service Desk', createdAt: at('2025-01-06T08:00:00Z'), firstResponseAt: at('2025-01-06T08:15:00Z'),
      firstResolvedAt: at('2025-01-06T10:00:00Z'), lastResolvedAt: at('2025-01-06T10:00:00Z'), closedAt: null,
      sourceUpdatedAt: at('2025-01-06T10:00:00Z'), reopenCount: 0, agentReplyCount: null, mergedIntoExternalId: null, vendorSla: null,
      events: [
        { seq: 0, occurredAt: at('2025-01-06T08:10:00Z'), kind: 'STATUS_CHANGED', fromValue: 'NEW', toValue: 'OPEN', fromRaw: 'new', toRaw: 'open', automatic: false },
        { seq: 1, occurredAt: at('2025-01-06T10:00:00Z'), kind: 'STATUS_CHANGED', fromValue: 'OPEN', toValue: 'RESOLVED', fromRaw: 'open', toRaw: 'solved', automatic: false },
        { seq: 2, occurredAt: at('2025-01-06T10:00:00Z'), kind: 'AGENT_PUBLIC_REPLY', fromValue: null, toValue: null, fromRaw: null, toRaw: null, automatic: false },
      ],
      csat: [{ externalId: 'sat-1', score: 4, scaleMin: 1, scaleMax: 5, receivedAt: at('2025-01-07T00:00:00Z') }],
      unmapped: [],
      ...overrides,
    },
  };
}

const base = (ticket().kind === 'ticket' ? (ticket() as { ticket: NormalizedTicket }).ticket : undefined)!;

describe('assertNormalizedRecord', () => {
  it('accepts a well-formed ticket and CSAT record, and a sourceUpdatedAt before createdAt', () => {
    expect(() => assertNormalizedRecord(ticket())).not.toThrow();
    expect(() => assertNormalizedRecord(ticket({ sourceUpdatedAt: at('2025-01-01T00:00:00Z') }))).not.toThrow();
    expect(() => assertNormalizedRecord({ kind: 'csat', ticketExternalId: '1001', csat: base.csat[0]! })).not.toThrow();
  });

  it.each<[string, Partial<NormalizedTicket> | (() => NormalizedRecord), string]>([
    ['an empty externalId', { externalId: '' }, 'ticket.externalId: expected a non-empty string, got ""'],
    ['an unknown priority', { priority: 'URGENT' as never }, 'ticket.priority: expected one of P1, P2, P3, P4, NONE, got "URGENT"'],
    ['an unknown status', { status: 'DONE' as never }, 'ticket.status: expected one of'],
    ['an unknown type', { type: 'BUG' as never }, 'ticket.type: expected one of'],
    ['an unknown tier', { tier: 'L2' as never }, 'ticket.tier: expected one of'],
    ['an invalid Date', { createdAt: new Date('nope') }, 'ticket.createdAt: expected a valid Date, got Invalid Date'],
    ['a string instead of a Date', { closedAt: '2025-01-01' as never }, 'ticket.closedAt: expected a valid Date, got "2025-01-01"'],
    ['a negative reopen count', { reopenCount: -1 }, 'ticket.reopenCount: expected a non-negative integer, got -1'],
    ['a fractional reply count', { agentReplyCount: 1.5 }, 'ticket.agentReplyCount: expected a non-negative integer'],
    ['a raw value that is no string', { statusRaw: 7 as never }, 'ticket.statusRaw: expected a string or null, got 7'],
    ['an UNMAPPED status without its entry', { status: 'UNMAPPED', statusRaw: 'parked' }, "ticket.unmapped: expected an entry { field: 'status' }"],
    ['an unmapped entry of an unknown field', { unmapped: [{ field: 'queue' as never, raw: 'x' }] }, 'ticket.unmapped[0].field: expected one of'],
    ['events out of order', { events: [base.events[1]!, base.events[0]!] }, 'ticket.events[1]: expected order by (occurredAt, seq) after seq 1'],
    ['events at the same instant out of seq order', { events: [base.events[0]!, base.events[2]!, base.events[1]!] }, 'ticket.events[2]: expected order by (occurredAt, seq)'],
    ['a repeated seq', { events: [base.events[0]!, { ...base.events[1]!, seq: 0 }] }, 'ticket.events[1].seq: expected a seq unique within the list, got 0'],
    ['an unknown event kind', { events: [{ ...base.events[0]!, kind: 'COMMENTED' as never }] }, 'ticket.events[0].kind: expected one of'],
    ['a CSAT score off its scale', { csat: [{ ...base.csat[0]!, score: 6 }] }, 'ticket.csat[0].score: expected a number within 1..5, got 6'],
    ['a CSAT scale upside down', { csat: [{ ...base.csat[0]!, scaleMin: 5, scaleMax: 1 }] }, 'ticket.csat[0].scaleMin: expected finite scaleMin < scaleMax'],
    ['a repeated CSAT id', { csat: [base.csat[0]!, base.csat[0]!] }, 'ticket.csat[1].externalId: expected a externalId unique within the list'],
    ['a CSAT record without its ticket', () => ({ kind: 'csat', ticketExternalId: '', csat: base.csat[0]! }), 'ticketExternalId: expected a non-empty string'],
    ['an unknown kind', () => ({ kind: 'note' }) as never, "kind: expected 'ticket' or 'csat', got \"note\""],
  ])('rejects %s, naming the field', (_name, change, message) => {
    const record = typeof change === 'function' ? change() : ticket(change);
    expect(() => assertNormalizedRecord(record)).toThrow(message);
  });

  it('accepts an UNMAPPED status with its unmapped entry', () => {
    expect(() => assertNormalizedRecord(ticket({ status: 'UNMAPPED', statusRaw: 'parked', unmapped: [{ field: 'status', raw: 'parked' }] }))).not.toThrow();
  });
});
