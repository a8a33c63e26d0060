import { describe, expect, it } from 'vitest';
import { parseAuditChange } from './parse-audit-change.js';

describe('parseAuditChange', () => {
  it.each([
    ['double quotes', { text: 'Status changed from "New" to "In Progress"' }, { field: 'status', from: 'New', to: 'In Progress' }],
    ['single quotes, "has been", full stop', { text: "Status has been changed from 'New' to 'Waiting Customer'." }, { field: 'status', from: 'New', to: 'Waiting Customer' }],
    ['curly quotes', { text: 'Status changed from \u201cCompleted\u201d to \u201cClosed\u201d' }, { field: 'status', from: 'Completed', to: 'Closed' }],
    ['"Ticket" prefix, bare values', { text: 'Ticket Status changed from New to In Progress' }, { field: 'status', from: 'New', to: 'In Progress' }],
    ['"was changed", trailing author after quotes', { text: 'Priority was changed from "Priority 3 - Normal Response" to "Priority 1 - Emergency Response" by jsmith' },
      { field: 'priority', from: 'Priority 3 - Normal Response', to: 'Priority 1 - Emergency Response' }],
    ['board', { text: 'Board changed from "Help Desk" to "Tier 2"' }, { field: 'board', from: 'Help Desk', to: 'Tier 2' }],
    ['"Service Board" prefix', { text: 'Service Board changed from "Tier 2" to "Engineering"' }, { field: 'board', from: 'Tier 2', to: 'Engineering' }],
    ['names containing " to " when quoted', { text: 'Status changed from "Escalated to T2" to "Back to Help Desk"' }, { field: 'status', from: 'Escalated to T2', to: 'Back to Help Desk' }],
    ['field named only by auditSubType', { text: 'Changed from "New" to "Closed"', auditSubType: 'Status' }, { field: 'status', from: 'New', to: 'Closed' }],
    ['empty from value', { text: 'Board changed from "" to "Help Desk"' }, { field: 'board', from: null, to: 'Help Desk' }],
    ['upper case', { text: 'STATUS CHANGED FROM "NEW" TO "CLOSED"' }, { field: 'status', from: 'NEW', to: 'CLOSED' }],
  ])('reads %s', (_name, entry, expected) => {
    expect(parseAuditChange(entry)).toEqual(expected);
  });

  it.each([
    ['creation', { text: 'Ticket has been created.' }],
    ['owner changes', { text: 'Owner changed from "" to "jsmith"', auditSubType: 'Owner' }],
    ['SLA status texts', { text: 'SLA Status changed from "Respond" to "Resolve"' }],
    ['a note', { text: 'Discussion note added' }],
    ['a change without a target', { text: 'Status changed from "New" to ""' }],
    ['no text', { text: null }],
  ])('ignores %s', (_name, entry) => {
    expect(parseAuditChange(entry)).toBeNull();
  });
});
