/** What a seeded fake tenant looks like; the same shape and seed always give the same tickets. */
export interface ScenarioShape {
  seed: number;
  /** Tickets generated up front (ids 1..tickets). */
  tickets: number;
  /** Customer companies; tickets favour the first ones (a few large clients, a long tail). */
  companies: number;
  /** Epoch ms: tickets are created in [start, end) and nothing in the scenario happens after `end`. */
  start: number;
  end: number;
  /** Share of resolved tickets that get a survey answer. */
  surveyRate: number;
}

/**
 * A per-ticket seed from the scenario seed and the ticket id (a murmur3-style finaliser), so ticket `i`
 * can be regenerated on its own, in any order, without storing it.
 *
 * @example
 * mixSeed(1, 42) === mixSeed(1, 42); //=> true
 * mixSeed(1, 42) === mixSeed(1, 43); //=> false
 */
export function mixSeed(seed: number, id: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(id + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * ISO-8601 UTC without fractions, as ConnectWise writes `_info.lastUpdated`.
 *
 * @example
 * cwTime(Date.UTC(2024, 2, 1, 9)); //=> '2024-03-01T09:00:00Z'
 */
export function cwTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
