import type { CwTicket } from '../connectwise-records.js';
import { BOARDS, STATUSES } from './scenario/catalog.js';
import { cwTime } from './scenario/scenario-shape.js';
import type { TicketStore } from './scenario/ticket-store.js';
import { SURVEYS } from './scenario/surveys.js';

/** What a complete sync of the fake must end with, ticket by ticket. */
export interface TicketTruth {
  id: number;
  lastUpdated: string;
  status: string;
  board: string;
  /** Changes in the audit trail, i.e. the STATUS_CHANGED / TIER_CHANGED / PRIORITY_CHANGED events normalize makes. */
  statusChanges: number;
  boardChanges: number;
  priorityChanges: number;
  mergedInto: number | null;
}

export interface ConnectWiseTruth {
  /** Live tickets by ascending id. */
  tickets: TicketTruth[];
  /** Served survey answers (those of live tickets) by ascending id. */
  surveyResults: { id: number; ticketId: number; surveyId: number; totalPoints: number }[];
}

/**
 * The fake's current contents as expectations; `ticket(store, id)` gives the raw record with its audit
 * trail attached, so a test can run the production `normalize` on it.
 *
 * @example
 * connectWiseTruth(store).tickets[0]; //=> { id: 1, lastUpdated: '2024-02-11T10:31:00Z', status: 'Closed', board: 'Help Desk', statusChanges: 4, ... }
 */
export function connectWiseTruth(store: TicketStore): ConnectWiseTruth {
  const tickets: TicketTruth[] = [];
  for (let id = 1; id <= store.lastId; id++) {
    if (!store.has(id)) continue;
    const steps = [...store.lifecycle(id).steps, ...store.changes(id)];
    const state = store.state(id);
    tickets.push({
      id, lastUpdated: cwTime(state.lastUpdated), status: STATUSES[state.status]!, board: BOARDS[state.board]!.name,
      statusChanges: steps.filter((s) => s.status !== undefined).length,
      boardChanges: steps.filter((s) => s.board !== undefined).length,
      priorityChanges: steps.filter((s) => s.priority !== undefined).length,
      mergedInto: state.mergedInto,
    });
  }
  const table = store.surveyResults;
  const surveyResults = Array.from({ length: table.count }, (_, i) => ({
    id: i + 1, ticketId: table.ticketId[i]!, surveyId: SURVEYS[table.surveyIndex[i]!]!.id, totalPoints: table.totalPoints[i]!,
  })).filter((r) => store.has(r.ticketId));
  return { tickets, surveyResults };
}

/**
 * Ticket `id` as the connector holds it after `enrich`: the API record plus `auditTrail`; null when gone.
 *
 * @example
 * enrichedTicket(store, 42, 'http://127.0.0.1:4100/v4_6_release/apis/3.0')?.auditTrail?.length; //=> 6
 */
export function enrichedTicket(store: TicketStore, id: number, apiRoot: string): CwTicket | null {
  return store.has(id) ? { ...store.render(id, apiRoot), auditTrail: store.auditTrail(id) } : null;
}
