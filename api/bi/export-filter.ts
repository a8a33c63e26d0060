import { assertLocalDate } from '../domain/validate-local-date.js';
import { BadInputError } from '../graphql/errors.js';

/** Which rows of a view to export: one client, and a half-open period [from, to) of local dates. */
export interface ExportFilter {
  clientId?: string;
  from?: string;
  to?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PARAMETERS = ['clientId', 'from', 'to'];

/**
 * Reads an export's query string, naming the parameter at fault in a BadInputError: an unknown
 * or repeated parameter, a client id that is no UUID, a date that is no real YYYY-MM-DD, `to`
 * not after `from`.
 *
 * @example
 * exportFilter({ clientId: '0b6c…', from: '2025-01-01' }) //=> { clientId: '0b6c…', from: '2025-01-01' }
 * exportFilter({ from: '2025-13-01' }) // throws 'from: must be a real local date YYYY-MM-DD, got "2025-13-01"'
 */
export function exportFilter(query: Record<string, unknown>): ExportFilter {
  const filter: ExportFilter = {};
  for (const [name, value] of Object.entries(query)) {
    if (!PARAMETERS.includes(name)) throw new BadInputError(name, `unknown parameter; expected ${PARAMETERS.join(', ')}`);
    if (typeof value !== 'string') throw new BadInputError(name, 'give it once, as a plain value');
    if (name === 'clientId' && !UUID.test(value)) throw new BadInputError(name, `expected a client UUID, got "${value}"`);
    if (name !== 'clientId') assertLocalDate(name, value);
    filter[name as keyof ExportFilter] = value;
  }
  if (filter.from && filter.to && filter.to <= filter.from) {
    throw new BadInputError('to', `must be after from (${filter.from}), got "${filter.to}"`);
  }
  return filter;
}
