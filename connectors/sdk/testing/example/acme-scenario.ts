import { seededRandom } from '../../fake/index.js';
import type { AcmeTicket } from './acme-ticket.js';

export interface AcmeScenario {
  token: string;
  tickets: AcmeTicket[];
}

const HOUR = 3_600_000;
const START = Date.parse('2025-01-06T08:00:00.000Z');
const STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
const ORGANIZATIONS = [{ id: 'org-1', name: 'Northwind' }, { id: 'org-2', name: 'Contoso' }, null];

/**
 * A deterministic Acme Desk tenant for a seed: tickets spread over a few weeks, with escalations to
 * Engineering, ratings on closed tickets, one ticket in a tenant-made status (`parked`, unmapped by
 * default) and two tickets updated at the same instant (the cursor's tie case).
 *
 * @example
 * acmeScenario({ seed: 7, tickets: 25 }).tickets.length; //=> 25
 */
export function acmeScenario({ seed, tickets: count }: { seed: number; tickets: number }): AcmeScenario {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const at = (ms: number): string => new Date(ms).toISOString();
  const tickets = Array.from({ length: count }, (_, index): AcmeTicket => {
    const created = START + index * 7 * HOUR + Math.floor(random() * HOUR);
    const updated = created + HOUR + Math.floor(random() * 120 * HOUR);
    const status = index === 3 ? 'parked' : pick(STATUSES);
    const escalated = random() < 0.3;
    const audits: AcmeTicket['audits'] = [];
    if (status !== 'new') audits.push({ at: at(created + HOUR / 6), field: 'status', from: 'new', to: 'open' });
    if (escalated) audits.push({ at: at(created + HOUR / 2), field: 'group', from: 'Service Desk', to: 'Engineering' });
    if (status !== 'new' && status !== 'open') audits.push({ at: at(updated), field: 'status', from: 'open', to: status });
    const done = status === 'solved' || status === 'closed';
    return {
      id: 1001 + index,
      number: `AC-${1001 + index}`,
      subject: `Ticket ${index + 1}`,
      status,
      priority: pick(['urgent', 'high', 'normal', 'low']),
      kind: pick(['incident', 'question', 'problem', 'task']),
      group: escalated ? 'Engineering' : 'Service Desk',
      organization: pick(ORGANIZATIONS),
      created_at: at(created),
      updated_at: at(updated),
      first_reply_at: status === 'new' ? null : at(created + HOUR / 4),
      solved_at: done ? at(updated) : null,
      audits,
      satisfaction: status === 'closed' && random() < 0.7
        ? { id: `sat-${1001 + index}`, score: 1 + Math.floor(random() * 5), at: at(updated) }
        : null,
    };
  });
  const [first, second] = [tickets[4], tickets[5]];
  if (first && second) second.updated_at = first.updated_at = later(first.updated_at, second.updated_at);
  return { token: `acme-token-${seed}-5f1c9e`, tickets };
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}
