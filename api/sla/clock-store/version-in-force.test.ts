import { describe, expect, it } from 'vitest';
import { versionInForce } from './version-in-force.js';

const versions = [{ effectiveFrom: '2027-01-01', v: 2 }, { effectiveFrom: '2026-01-01', v: 1 }, { effectiveFrom: '2027-07-01', v: 3 }];

describe('versionInForce', () => {
  it.each([
    ['before the first version', '2025-12-31', undefined],
    ['on the first effective date', '2026-01-01', 1],
    ['the day before a change', '2026-12-31', 1],
    ['on the day of a change', '2027-01-01', 2],
    ['after the last change', '2030-01-01', 3],
  ])('%s (%s)', (_name, date, expected) => {
    expect(versionInForce(versions, date)?.v).toBe(expected);
  });

  it('gives undefined for no versions', () => {
    expect(versionInForce([], '2026-01-01')).toBeUndefined();
  });
});
