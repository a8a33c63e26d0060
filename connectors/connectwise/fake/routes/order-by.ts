import { ConditionsError } from '../conditions/conditions-error.js';

export interface OrderKey {
  field: string;
  descending: boolean;
}

/**
 * Parses `orderBy` (`field [asc|desc]`, comma-separated); an empty value means ConnectWise's default, by id.
 *
 * @example
 * parseOrderBy('lastUpdated asc, id asc'); //=> [{ field: 'lastUpdated', descending: false }, { field: 'id', descending: false }]
 * parseOrderBy('_info/lastUpdated desc'); //=> [{ field: '_info/lastUpdated', descending: true }]
 * parseOrderBy(null); //=> [{ field: 'id', descending: false }]
 */
export function parseOrderBy(text: string | null): OrderKey[] {
  if (!text?.trim()) return [{ field: 'id', descending: false }];
  return text.split(',').map((part) => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_/.]*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!match) throw new ConditionsError(`Invalid orderBy '${part.trim()}'`);
    return { field: match[1]!, descending: match[2]?.toLowerCase() === 'desc' };
  });
}
