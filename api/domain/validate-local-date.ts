import { DateTime } from 'luxon';
import { BadInputError } from '../graphql/errors.js';

/** Rejects strings shaped like YYYY-MM-DD that are no real date (2026-02-30). */
export function assertLocalDate(field: string, value: string): void {
  if (!DateTime.fromISO(value, { zone: 'UTC' }).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new BadInputError(field, `must be a real local date YYYY-MM-DD, got "${value}"`);
  }
}
