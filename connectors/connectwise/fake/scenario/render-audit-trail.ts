import type { CwAuditTrailEntry } from '../../connectwise-records.js';
import { BOARDS, NEW, PRIORITIES, STATUSES, TECHNICIANS } from './catalog.js';
import { cwTime } from './scenario-shape.js';
import type { LifecycleStep, TicketLifecycle } from './ticket-lifecycle.js';

/**
 * The ticket's audit trail, oldest first: a creation entry, the owner assignment (noise the connector
 * must ignore), then one entry per changed field, `Board changed from "A" to "B"` before
 * `Status changed from "A" to "B"` when one step changes both. The real texts' wording and the trail's
 * order are not documented (VERIFY); this is one plausible form the connector's parser accepts.
 *
 * @example
 * renderAuditTrail(lifecycle, [])[2]; //=> { text: 'Status changed from "New" to "In Progress"', enteredDate: '...', auditType: 'Ticket', auditSubType: 'Status', ... }
 */
export function renderAuditTrail(ticket: TicketLifecycle, extra: readonly LifecycleStep[]): CwAuditTrailEntry[] {
  const by = TECHNICIANS[ticket.owner]!;
  const entry = (at: number, subType: string, text: string): CwAuditTrailEntry => ({
    text, enteredDate: cwTime(at), enteredBy: by, auditType: 'Ticket', auditSubType: subType, auditSource: 'Ticket',
  });
  const trail = [
    entry(ticket.createdAt, 'Ticket', 'Ticket has been created.'),
    { ...entry(ticket.createdAt, 'Owner', `Owner changed from "" to "${by}"`), auditType: 'Resource' },
  ];
  let status = NEW;
  let board = ticket.board;
  let priority = ticket.priority;
  for (const step of [...ticket.steps, ...extra]) {
    if (step.board !== undefined) {
      trail.push(entry(step.at, 'Board', `Board changed from "${BOARDS[board]!.name}" to "${BOARDS[step.board]!.name}"`));
      board = step.board;
    }
    if (step.priority !== undefined) {
      trail.push(entry(step.at, 'Priority', `Priority changed from "${PRIORITIES[priority]!.name}" to "${PRIORITIES[step.priority]!.name}"`));
      priority = step.priority;
    }
    if (step.status !== undefined) {
      trail.push(entry(step.at, 'Status', `Status changed from "${STATUSES[status]}" to "${STATUSES[step.status]}"`));
      status = step.status;
    }
    if (step.mergedInto !== undefined) trail.push(entry(step.at, 'Merge', `Ticket merged into ticket #${step.mergedInto}`));
  }
  return trail;
}
