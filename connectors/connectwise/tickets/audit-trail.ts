import type { HttpClient } from '../../sdk/index.js';
import type { CwAuditTrailEntry } from '../connectwise-records.js';
import { allPages } from '../paging/all-pages.js';

/**
 * One ticket's whole audit trail, `GET /system/audittrail?type=Ticket&id=` page by page
 * (ai-connor/connectwise api_audit_trail.go).
 *
 * @example
 * await auditTrail(http, 42, 1000); //=> [{ text: 'Status changed from "New" to "In Progress"', enteredDate: '...', ... }]
 */
export function auditTrail(http: HttpClient, ticketId: number, pageSize: number): Promise<CwAuditTrailEntry[]> {
  return allPages<CwAuditTrailEntry>(http, '/system/audittrail', { type: 'Ticket', id: ticketId }, pageSize);
}
