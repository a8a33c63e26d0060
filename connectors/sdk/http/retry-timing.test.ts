import { describe, expect, it } from 'vitest';
import { fullJitter } from './full-jitter.js';
import { parseRetryAfter } from './parse-retry-after.js';

const policy = { baseDelayMs: 500, maxDelayMs: 30_000 };

describe('fullJitter', () => {
  it.each([
    { retry: 0, draw: 0.5, ms: 250 },
    { retry: 1, draw: 0.5, ms: 500 },
    { retry: 3, draw: 0.5, ms: 2000 },
    { retry: 0, draw: 0, ms: 0 },
    { retry: 10, draw: 0.5, ms: 15_000 },
    { retry: 60, draw: 0.999, ms: 29_970 },
  ])('retry $retry with draw $draw waits $ms ms', ({ retry, draw, ms }) => {
    expect(fullJitter(retry, policy, () => draw)).toBe(ms);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2015-10-21T07:27:00Z');
  it.each([
    { value: '120', ms: 120_000 },
    { value: ' 0 ', ms: 0 },
    { value: '1.5', ms: 1500 },
    { value: 'Wed, 21 Oct 2015 07:28:00 GMT', ms: 60_000 },
    { value: 'Wed, 21 Oct 2015 07:26:00 GMT', ms: 0 },
    { value: 'soon', ms: undefined },
    { value: '-5', ms: undefined },
    { value: undefined, ms: undefined },
  ])('reads $value as $ms', ({ value, ms }) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
