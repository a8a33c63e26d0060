import type { CwAuditTrailEntry } from '../connectwise-records.js';

/** A field change read from one audit-trail entry. */
export interface AuditChange {
  field: 'status' | 'board' | 'priority';
  from: string | null;
  to: string;
}

const FIELD = /^\s*(?:ticket\s+|service\s+)?(status|board|priority)\b/i;
const CHANGED_FROM = /\b(?:has\s+been\s+|was\s+)?changed\s+from\s+/i;
const QUOTES: readonly [string, string][] = [['"', '"'], ["'", "'"], ['\u201c', '\u201d'], ['\u2018', '\u2019']];

/**
 * Reads a status, board or priority change from an audit-trail entry's free text. ConnectWise documents
 * no wording for these texts (`AuditTrailEntry.text` is a plain string; ../../../../shared/vendors/vendor-apis.md
 * 1.8 marks it VERIFY), so this accepts the plausible forms: the field first (optionally `Ticket` /
 * `Service`), `changed from` (optionally `has been` / `was`), values in straight, single or curly quotes or
 * bare; when the text does not name the field, `auditSubType` may. Anything else is not a change: null.
 * Bare values split at the first ` to `, so quote-less names containing " to " are read wrongly.
 *
 * @example
 * parseAuditChange({ text: 'Status changed from "New" to "In Progress"' }); //=> { field: 'status', from: 'New', to: 'In Progress' }
 * parseAuditChange({ text: "Board has been changed from 'Help Desk' to 'Tier 2'." }); //=> { field: 'board', from: 'Help Desk', to: 'Tier 2' }
 * parseAuditChange({ text: 'Changed from New to Closed', auditSubType: 'Status' }); //=> { field: 'status', from: 'New', to: 'Closed' }
 * parseAuditChange({ text: 'Ticket created' }); //=> null
 */
export function parseAuditChange(entry: CwAuditTrailEntry): AuditChange | null {
  const text = entry.text ?? '';
  const marker = CHANGED_FROM.exec(text);
  if (!marker) return null;
  const field = fieldOf(text.slice(0, marker.index)) ?? fieldOf(entry.auditSubType ?? '');
  if (!field) return null;
  const values = quotedValues(text.slice(marker.index + marker[0].length)) ?? bareValues(text.slice(marker.index + marker[0].length));
  if (!values || values.to === '') return null;
  return { field, from: values.from === '' ? null : values.from, to: values.to };
}

function fieldOf(text: string): AuditChange['field'] | null {
  const match = FIELD.exec(text);
  return match ? (match[1]!.toLowerCase() as AuditChange['field']) : null;
}

function quotedValues(rest: string): { from: string; to: string } | null {
  for (const [open, close] of QUOTES) {
    const pattern = new RegExp(`^${open}([^${close}]*)${close}\\s+to\\s+${open}([^${close}]*)${close}`, 'i');
    const match = pattern.exec(rest);
    if (match) return { from: match[1]!.trim(), to: match[2]!.trim() };
  }
  return null;
}

function bareValues(rest: string): { from: string; to: string } | null {
  const match = /^(.*?)\s+to\s+(.+?)\s*\.?\s*$/i.exec(rest);
  return match ? { from: match[1]!.trim(), to: match[2]!.trim() } : null;
}
