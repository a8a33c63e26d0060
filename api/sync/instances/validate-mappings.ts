import { PRIORITIES, STATUS_CATEGORIES, TICKET_TYPES, TIERS, type Mappings } from '../../../connectors/sdk/index.js';
import { BadInputError } from '../../graphql/errors.js';

const ENUMS: Record<Exclude<keyof Mappings, 'companies'>, readonly string[]> = {
  statuses: STATUS_CATEGORIES, priorities: PRIORITIES, tiers: TIERS, types: TICKET_TYPES,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks an instance's own mappings: known tables only, each vendor value mapped onto a member of
 * the shared enum, companies onto client ids. Throws BAD_USER_INPUT naming the first wrong entry.
 *
 * @example
 * validateMappings({ statuses: { Parked: 'ON_HOLD' } });
 * //=> throws "mappings.statuses.Parked: expected one of NEW, OPEN, ..., got ON_HOLD"
 */
export function validateMappings(input: Record<string, unknown>): Partial<Mappings> {
  const out: Partial<Record<keyof Mappings, Record<string, string>>> = {};
  for (const [table, entries] of Object.entries(input)) {
    if (!(table in ENUMS) && table !== 'companies') {
      throw new BadInputError(`mappings.${table}`, 'expected one of statuses, priorities, tiers, types, companies');
    }
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      throw new BadInputError(`mappings.${table}`, 'expected an object of vendor value -> mapped value');
    }
    const checked: Record<string, string> = {};
    for (const [vendorValue, mapped] of Object.entries(entries)) {
      const allowed = ENUMS[table as keyof typeof ENUMS];
      const ok = typeof mapped === 'string' && (allowed ? allowed.includes(mapped) : UUID.test(mapped));
      if (!ok) {
        throw new BadInputError(`mappings.${table}.${vendorValue}`,
          `expected ${allowed ? `one of ${allowed.join(', ')}` : 'a client id'}, got ${JSON.stringify(mapped)}`);
      }
      checked[vendorValue] = mapped as string;
    }
    out[table as keyof Mappings] = checked;
  }
  return out as Partial<Mappings>;
}
