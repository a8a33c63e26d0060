import type { CwTicket } from '../../connectwise-records.js';
import {
  BOARDS, CANCELLED, CLOSED, COMPLETED, PRIORITIES, SERVICE_TYPES, SLA, SLA_TARGETS, SOURCES, STATUSES, SUMMARIES, TECHNICIANS,
  WAITING_CUSTOMER, WAITING_VENDOR, company, statusId,
} from './catalog.js';
import { cwTime } from './scenario-shape.js';
import type { TicketLifecycle } from './ticket-lifecycle.js';
import type { TicketState } from './ticket-state.js';

const MINUTE = 60_000;

/**
 * The ticket as `GET /service/tickets/{id}` returns it: references as `{ id, name, _info }`, times as
 * ISO-8601 UTC without fractions, `_info.lastUpdated` / `dateEntered`. SLA minutes are real minutes here
 * (ConnectWise counts business minutes on the SLA's calendar); `slaStatus` wording is VERIFY.
 *
 * @example
 * renderTicket(lifecycle, state, origin).status; //=> { id: 105, name: 'Completed', sort: 4, _info: {...} }
 */
export function renderTicket(ticket: TicketLifecycle, state: TicketState, apiRoot: string): CwTicket & Record<string, unknown> {
  const board = BOARDS[state.board]!;
  const priority = PRIORITIES[state.priority]!;
  const owner = TECHNICIANS[ticket.owner]!;
  const customer = company(ticket.company);
  const targets = SLA_TARGETS[state.priority]!;
  const respondMinutes = state.dateResponded === null ? null : Math.round((state.dateResponded - ticket.createdAt) / MINUTE);
  const resolveMinutes = state.dateResolved === null ? null : Math.round((state.dateResolved - ticket.createdAt) / MINUTE);
  const type = ticket.type === null ? undefined : SERVICE_TYPES[ticket.type];
  return {
    id: ticket.id,
    summary: SUMMARIES[ticket.summary]!,
    recordType: 'ServiceTicket',
    board: { id: board.id, name: board.name, _info: { board_href: `${apiRoot}/service/boards/${board.id}` } },
    status: { id: statusId(state.board, state.status), name: STATUSES[state.status]!, sort: state.status },
    company: { id: customer.id, identifier: customer.identifier, name: customer.name, _info: { company_href: `${apiRoot}/company/companies/${customer.id}` } },
    ...(type ? { type: { id: type.id, name: type.name } } : {}),
    priority: { id: priority.id, name: priority.name, sort: priority.sort, level: priority.level },
    owner: { id: ticket.owner + 100, identifier: owner, name: owner },
    source: SOURCES[ticket.source]!,
    severity: 'Medium',
    impact: 'Medium',
    dateResponded: state.dateResponded === null ? undefined : cwTime(state.dateResponded),
    respondMinutes: respondMinutes ?? 0,
    dateResolved: state.dateResolved === null ? undefined : cwTime(state.dateResolved),
    resolveMinutes: resolveMinutes ?? 0,
    closedDate: state.closedDate === null ? undefined : cwTime(state.closedDate),
    closedBy: state.closedDate === null ? undefined : owner,
    closedFlag: state.status === CLOSED || state.status === CANCELLED,
    isInSla: (respondMinutes ?? 0) <= targets.respond && (resolveMinutes ?? 0) <= targets.resolve,
    sla: { id: SLA.id, name: SLA.name },
    slaStatus: slaStatus(state),
    ...(state.mergedInto === null ? {} : { mergedParentTicket: { id: state.mergedInto, summary: 'Merged parent' } }),
    _info: {
      lastUpdated: cwTime(state.lastUpdated),
      updatedBy: owner,
      dateEntered: cwTime(ticket.createdAt),
      enteredBy: 'template1',
      notes_href: `${apiRoot}/service/tickets/${ticket.id}/notes`,
    },
  };
}

function slaStatus(state: TicketState): string {
  if (state.dateResolved !== null || state.status === COMPLETED || state.status === CLOSED) return 'Resolved';
  if (state.status === WAITING_CUSTOMER || state.status === WAITING_VENDOR) return 'Waiting';
  return state.dateResponded === null ? 'Respond' : 'Resolve';
}
