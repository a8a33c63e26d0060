import type { UnmappedValue } from '../../../connectors/sdk/index.js';

/**
 * Counts the vendor values no mapping covered during a run, by field and raw value, for the run's
 * data-quality report.
 *
 * @example
 * const tally = new UnmappedTally();
 * tally.add([{ field: 'status', raw: 'Parked' }, { field: 'status', raw: 'Parked' }]);
 * tally.toJSON(); //=> { status: { Parked: 2 } }
 */
export class UnmappedTally {
  private readonly counts: Record<string, Record<string, number>> = {};

  add(values: readonly UnmappedValue[]): void {
    for (const { field, raw } of values) {
      const byRaw = (this.counts[field] ??= {});
      byRaw[raw] = (byRaw[raw] ?? 0) + 1;
    }
  }

  toJSON(): Record<string, Record<string, number>> {
    return this.counts;
  }
}
