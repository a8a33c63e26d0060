import rrulePkg from 'rrule';
import { BadInputError } from '../graphql/errors.js';

const { RRule } = rrulePkg;

/**
 * Checks an RRULE cadence (without DTSTART) and returns it normalized.
 *
 * @example
 * parseCadence('freq=monthly;byday=+1tu') //=> 'FREQ=MONTHLY;BYDAY=+1TU'
 */
export function parseCadence(cadence: string): string {
  const text = cadence.trim().replace(/^RRULE:/i, '').toUpperCase();
  try {
    const options = RRule.parseString(text);
    if (options.freq === undefined) throw new Error('FREQ is missing');
    return RRule.optionsToString(options).replace(/^RRULE:/, '');
  } catch (error) {
    throw new BadInputError('cadence', `must be an iCalendar RRULE such as FREQ=MONTHLY;BYDAY=+1TU (${(error as Error).message}), got "${cadence}"`);
  }
}
