import type { Condition } from './condition.js';

/**
 * The least value of `field` (a number or datetime in epoch ms) a row can have and still match, read
 * from the condition's shape, or -Infinity when the condition does not bound it. A listing sorted by that
 * field can start its scan there (binary search) instead of at the first row; every row scanned is still
 * tested against the whole condition, so a loose bound only costs time.
 *
 * @example
 * lowerBound(parseConditions('lastUpdated > [2024-01-01T00:00:00Z] or (lastUpdated = [2024-01-01T00:00:00Z] and id > 9)'), ['lastUpdated']);
 * //=> 1704067200000
 * lowerBound(parseConditions('id > 9 or closedFlag = true'), ['id']); //=> -Infinity
 */
export function lowerBound(condition: Condition, aliases: readonly string[]): number {
  const names = new Set(aliases.map((a) => a.toLowerCase()));
  const bound = (c: Condition): number => {
    switch (c.kind) {
      case 'and': return Math.max(...c.items.map(bound));
      case 'or': return Math.min(...c.items.map(bound));
      case 'in': {
        if (c.negated || !names.has(c.field.toLowerCase())) return -Infinity;
        return Math.min(...c.values.map((v) => (v.type === 'number' || v.type === 'datetime' ? v.value : -Infinity)));
      }
      case 'compare': {
        const { value } = c;
        if (!names.has(c.field.toLowerCase()) || (value.type !== 'number' && value.type !== 'datetime')) return -Infinity;
        return c.operator === '>' || c.operator === '>=' || c.operator === '=' ? value.value : -Infinity;
      }
      default: return -Infinity;
    }
  };
  return bound(condition);
}
