import { describe, expect, it } from 'vitest';
import { deletionAllowed } from '../../api/sync/engine/deletion-guard.js';

describe('deletionAllowed', () => {
  it.each([
    ['nothing missing', { stored: 1000, listed: 1000, missing: 0 }, true],
    ['a few deleted tickets', { stored: 1000, listed: 995, missing: 5 }, true],
    ['exactly the limit', { stored: 1000, listed: 900, missing: 100 }, true],
    ['just over the limit', { stored: 1000, listed: 899, missing: 101 }, false],
    ['an empty listing', { stored: 10, listed: 0, missing: 10 }, false],
    ['an empty listing of an empty instance', { stored: 0, listed: 0, missing: 0 }, true],
    ['a short listing (vendor outage)', { stored: 200_000, listed: 1000, missing: 199_000 }, false],
  ])('%s', (_name, counts, allowed) => {
    const verdict = deletionAllowed(counts, 0.1);
    expect(verdict.allowed).toBe(allowed);
    if (!verdict.allowed) expect(verdict.reason).toMatch(/refusing|listed no tickets/);
  });
});
