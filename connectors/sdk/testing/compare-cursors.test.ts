import { describe, expect, it } from 'vitest';
import { compareCursors } from './compare-cursors.js';

describe('compareCursors', () => {
  it.each([
    ['instant', '2025-01-02T00:00:00Z', '2025-01-01T23:00:00-02:00', -3_600_000],
    ['instant', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00Z', 0],
    ['sequence', '10', '9', 1],
    ['sequence', '9007199254740993', '9007199254740992', 1],
    ['sequence', 'b', 'a', 1],
    ['sequence', '7', '7', 0],
  ] as const)('%s %s vs %s gives %i', (type, a, b, expected) => {
    expect(compareCursors(type, a, b)).toBe(expected);
  });
});
