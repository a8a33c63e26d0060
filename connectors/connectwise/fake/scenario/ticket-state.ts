import { CANCELLED, CLOSED, COMPLETED, IN_PROGRESS, NEW } from './catalog.js';
import type { LifecycleStep, TicketLifecycle } from './ticket-lifecycle.js';

/** A ticket's values after all its changes, and the times ConnectWise stamps on it. */
export interface TicketState {
  status: number;
  board: number;
  priority: number;
  mergedInto: number | null;
  lastUpdated: number;
  dateResponded: number | null;
  /** When it last entered Completed / Closed from an open status; null while open. */
  dateResolved: number | null;
  /** When it entered Closed / Cancelled; null otherwise. */
  closedDate: number | null;
  everEscalated: boolean;
}

const DONE = new Set([COMPLETED, CLOSED]);

/**
 * Replays a ticket's steps (its generated life, then any changes a test made) from its creation values.
 *
 * @example
 * ticketState(lifecycle, []).status; //=> 5 (Closed)
 */
export function ticketState(ticket: TicketLifecycle, extra: readonly LifecycleStep[]): TicketState {
  const state: TicketState = {
    status: NEW, board: ticket.board, priority: ticket.priority, mergedInto: null, lastUpdated: ticket.createdAt,
    dateResponded: null, dateResolved: null, closedDate: null, everEscalated: false,
  };
  for (const steps of [ticket.steps, extra]) for (const step of steps) apply(state, step);
  return state;
}

function apply(state: TicketState, step: LifecycleStep): void {
  state.lastUpdated = step.at;
  if (step.board !== undefined) {
    state.everEscalated ||= step.board > state.board;
    state.board = step.board;
  }
  if (step.priority !== undefined) state.priority = step.priority;
  if (step.mergedInto !== undefined) state.mergedInto = step.mergedInto;
  if (step.status === undefined) return;
  const to = step.status;
  if (state.dateResponded === null && (to === IN_PROGRESS || DONE.has(to))) state.dateResponded = step.at;
  if (DONE.has(to) && !DONE.has(state.status)) state.dateResolved = step.at;
  if (!DONE.has(to)) state.dateResolved = null;
  state.closedDate = to === CLOSED || to === CANCELLED ? (state.closedDate ?? step.at) : null;
  state.status = to;
}
