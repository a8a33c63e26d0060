import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nthOfRuns, percentileContOfRuns, percentileContOfValues, SortedRun } from './sorted-runs.js';

/** percentile_cont as PostgreSQL computes it, over one sorted copy of every value. */
function reference(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const target = fraction * (sorted.length - 1);
  const first = Math.floor(target);
  const second = Math.ceil(target);
  const lo = sorted[first]!;
  return second === first ? lo : lo + (target - first) * (sorted[second]! - lo);
}

// Few distinct values (ties across and within runs) or arbitrary minutes.
const valueArb = fc.oneof(fc.integer({ min: 0, max: 5 }).map((n) => n * 7.5), fc.double({ min: 0, max: 1e6, noNaN: true }));
const runsArb = fc.array(fc.array(valueArb, { maxLength: 40 }), { maxLength: 12 });

describe('percentileContOfRuns', () => {
  it.each<[string, number[][], number[], (number | null)[]]>([
    ['p90 of 1..10 is 9.1 (rule 15), across runs', [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], [0.5, 0.9], [5.5, 9.1]],
    ['one value is its own median and p90', [[], [42], []], [0.5, 0.9], [42, 42]],
    ['no values give null', [[], []], [0.5, 0.9], [null, null]],
    ['no runs give null', [], [0.5], [null]],
    ['ties across runs', [[1, 2, 2], [2, 2, 3]], [0.5, 0.9], [2, 2.5]],
    ['interleaved runs', [[1, 4, 9], [2, 3, 10], [5]], [0.5, 0.9, 0, 1], [4, 9.4, 1, 10]],
  ])('%s', (_name, runs, fractions, expected) => {
    for (const method of ['runs', 'values', 'auto'] as const) {
      expect(percentileContOfRuns(runs.map((r) => SortedRun.of(r)), fractions, method)).toEqual(expected);
    }
  });

  it('is bit for bit percentile_cont over the union of random runs', () => {
    fc.assert(fc.property(runsArb, fc.subarray([0, 0.1, 0.5, 0.9, 0.99, 1]), (runs, fractions) => {
      const all = runs.flat();
      const expected = fractions.map((f) => reference(all, f));
      for (const method of ['runs', 'values', 'auto'] as const) {
        expect(percentileContOfRuns(runs.map((r) => SortedRun.of(r)), fractions, method)).toEqual(expected);
      }
    }), { numRuns: 500 });
  });

  it('selects exactly in large arrays with many ties (Floyd-Rivest sampling)', () => {
    fc.assert(fc.property(fc.integer({ min: 601, max: 5000 }), fc.integer({ min: 1, max: 1e6 }), fc.integer(), (n, distinct, seed) => {
      let x = seed | 0;
      const random = () => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
      const values = Array.from({ length: n }, () => Math.floor(random() * distinct) / 7);
      const fractions = [0.5, 0.9, 0.1, 1, 0];
      expect(percentileContOfValues(Float64Array.from(values), fractions)).toEqual(fractions.map((f) => reference(values, f)));
    }), { numRuns: 100 });
  });

  it('selects every rank of the union', () => {
    fc.assert(fc.property(runsArb, (runs) => {
      const sorted = runs.flat().sort((a, b) => a - b);
      const sortedRuns = runs.map((r) => SortedRun.of(r));
      sorted.forEach((v, k) => expect(nthOfRuns(sortedRuns, k)).toBe(v));
    }), { numRuns: 200 });
  });

  it('reads the bytes PostgreSQL float8send writes (big-endian) and refuses a torn run', () => {
    const bytes = Buffer.from('3ff0000000000000' + '4004000000000000', 'hex'); // 1, 2.5
    const run = new SortedRun(bytes.subarray(0));
    expect([run.length, run.at(0), run.at(1)]).toEqual([2, 1, 2.5]);
    expect(() => new SortedRun(Buffer.alloc(12))).toThrow('whole number of float8 words');
    expect(() => nthOfRuns([run], 2)).toThrow('rank 2 outside 0..1');
    expect(percentileContOfValues(new Float64Array(0), [0.5])).toEqual([null]);
  });
});
