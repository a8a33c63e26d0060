import type { CwAuditTrailEntry } from '../connectwise-records.js';

/** An audit entry with its parsed time. */
export interface DatedAuditEntry {
  entry: CwAuditTrailEntry;
  at: Date;
}

/**
 * Audit entries oldest first, keeping source order among equal instants. ConnectWise does not document
 * the trail's order (VERIFY); a trail that reads newest first (its first entry later than its last) is
 * reversed before the stable sort so same-instant entries keep their real sequence. Entries without a
 * readable `enteredDate` cannot be placed on the timeline and are left out.
 *
 * @example
 * chronological([{ text: 'b', enteredDate: '2024-01-02T00:00:00Z' }, { text: 'a', enteredDate: '2024-01-01T00:00:00Z' }])
 *   .map((d) => d.entry.text); //=> ['a', 'b']
 */
export function chronological(trail: readonly CwAuditTrailEntry[]): DatedAuditEntry[] {
  const dated = trail
    .map((entry) => ({ entry, at: new Date(entry.enteredDate ?? '') }))
    .filter((d) => !Number.isNaN(d.at.getTime()));
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (first && last && first.at > last.at) dated.reverse();
  return dated.sort((a, b) => a.at.getTime() - b.at.getTime());
}
