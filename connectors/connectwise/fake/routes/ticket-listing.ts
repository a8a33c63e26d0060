import type { Condition } from '../conditions/condition.js';
import { compileCondition } from '../conditions/compile-condition.js';
import { lowerBound } from '../conditions/lower-bound.js';
import type { OrderKey } from './order-by.js';
import type { TicketStore } from '../scenario/ticket-store.js';
import { ticketFields } from './ticket-fields.js';

export interface TicketPage {
  ids: number[];
  hasNext: boolean;
  /** Matches in all, when counting them was cheap enough (else null: no `last` link). */
  total: number | null;
}

const UPDATE_FIELDS = ['lastUpdated', '_info/lastUpdated'];
/** Beyond this many candidates a page does not count the total (a `last` link would cost a full scan per page). */
const COUNT_LIMIT = 100_000;

/**
 * One page of matching ticket ids without building tickets that do not match. Ordered by
 * `lastUpdated [, id]` it walks the store's update index from a binary-searched start (the least
 * `lastUpdated` the condition allows); by `id` it walks ids from the least id allowed; any other order
 * falls back to sorting all matches. Every candidate is tested against the whole condition.
 *
 * @example
 * ticketPage(store, parseConditions('lastUpdated >= [2024-03-01T00:00:00Z]'), parseOrderBy('lastUpdated asc, id asc'), 1, 1000);
 * //=> { ids: [5120, 88, ...], hasNext: true, total: 41234 }
 */
export function ticketPage(store: TicketStore, condition: Condition | null, order: OrderKey[], page: number, pageSize: number): TicketPage {
  const test = condition ? compileCondition(condition, ticketFields(store)) : () => true;
  const candidates = candidateIds(store, condition, order);
  const skip = (page - 1) * pageSize;
  const ids: number[] = [];
  let seen = 0;
  let hasNext = false;
  const countAll = candidates.length <= COUNT_LIMIT;
  for (let i = 0; i < candidates.length; i++) {
    const id = candidates.at(i);
    if (!test(id)) continue;
    seen += 1;
    if (seen <= skip) continue;
    if (ids.length < pageSize) ids.push(id);
    else {
      hasNext = true;
      if (!countAll) break;
    }
  }
  return { ids, hasNext, total: countAll ? seen : null };
}

/** Random access to the ids a listing walks, in its order. */
interface Candidates {
  length: number;
  at(index: number): number;
}

function candidateIds(store: TicketStore, condition: Condition | null, order: OrderKey[]): Candidates {
  const [first, second] = order;
  const byUpdate = first && UPDATE_FIELDS.some((f) => f.toLowerCase() === first.field.toLowerCase()) && !first.descending
    && (!second || (second.field.toLowerCase() === 'id' && !second.descending));
  if (byUpdate) {
    const ordered = store.orderedByUpdate;
    const start = firstAtLeast(ordered, condition ? lowerBound(condition, UPDATE_FIELDS) : -Infinity, (id) => store.lastUpdated(id));
    return { length: ordered.length - start, at: (i) => ordered[start + i]! };
  }
  if (order.length === 1 && first?.field.toLowerCase() === 'id') {
    const live = liveIds(store);
    if (first.descending) return { length: live.length, at: (i) => live[live.length - 1 - i]! };
    const start = firstAtLeast(live, condition ? lowerBound(condition, ['id']) : -Infinity, (id) => id);
    return { length: live.length - start, at: (i) => live[start + i]! };
  }
  return sortedBy(store, order);
}

function liveIds(store: TicketStore): Int32Array {
  const ids = new Int32Array(store.size);
  let n = 0;
  for (let id = 1; id <= store.lastId; id++) if (store.has(id)) ids[n++] = id;
  return ids;
}

function sortedBy(store: TicketStore, order: OrderKey[]): Candidates {
  const fields = ticketFields(store);
  const keys = order.map((key) => ({ read: fields(key.field)?.read ?? (() => null), sign: key.descending ? -1 : 1 }));
  const ids = [...liveIds(store)].sort((a, b) => {
    for (const key of keys) {
      const x = key.read(a) ?? '';
      const y = key.read(b) ?? '';
      if (x !== y) return (x < y ? -1 : 1) * key.sign;
    }
    return a - b;
  });
  return { length: ids.length, at: (i) => ids[i]! };
}

/** Index of the first id whose key is >= `bound` in `ids` sorted by that key. */
function firstAtLeast(ids: Int32Array, bound: number, key: (id: number) => number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(ids[mid]!) < bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
