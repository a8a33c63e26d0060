import { connectwise } from '../../connectors/connectwise/index.js';
import type { FakeConnectWise } from '../../connectors/connectwise/fake/start-fake-connectwise.js';
import type { NormalizedTicket } from '../../connectors/sdk/index.js';

/**
 * The fake's tickets 1..count as the production connector normalizes them (audit trail included), in
 * pages of `pageSize`: the input every write variant stores, made before any timing starts.
 */
export function normalizedPages(cw: FakeConnectWise, count: number, pageSize = 1000): NormalizedTicket[][] {
  const tickets = connectwise.streams.find((s) => s.name === 'tickets')!;
  const pages: NormalizedTicket[][] = [];
  for (let start = 1; start <= count; start += pageSize) {
    const page: NormalizedTicket[] = [];
    for (let id = start; id < Math.min(start + pageSize, count + 1); id++) {
      const raw = cw.ticket(id);
      if (!raw) continue;
      const record = tickets.normalize(raw, connectwise.defaultMappings);
      if (record.kind === 'ticket') page.push(record.ticket);
    }
    pages.push(page);
  }
  return pages;
}
