import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead.js';

async function* pages(log: string[], count: number, failAt = -1) {
  for (let i = 0; i < count; i++) {
    log.push(`read ${i}`);
    if (i === failAt) throw new Error(`page ${i} failed`);
    yield i;
  }
}

describe('readAhead', () => {
  it('prepares the next page while the caller works on the current one, in order', async () => {
    const log: string[] = [];
    const seen: [number, string][] = [];
    for await (const [page, prepared] of readAhead(pages(log, 3), async (p) => `prepared ${p}`)) {
      log.push(`store ${page}`);
      seen.push([page, prepared]);
    }
    expect(seen).toEqual([[0, 'prepared 0'], [1, 'prepared 1'], [2, 'prepared 2']]);
    expect(log).toEqual(['read 0', 'read 1', 'store 0', 'read 2', 'store 1', 'store 2']);
  });

  it('raises a failure ahead only when the caller reaches that page', async () => {
    const stored: number[] = [];
    const run = async () => {
      for await (const [page] of readAhead(pages([], 5, 2), async (p) => p)) stored.push(page);
    };
    await expect(run()).rejects.toThrow('page 2 failed');
    expect(stored).toEqual([0, 1]);
  });

  it('stops reading when the caller stops', async () => {
    const log: string[] = [];
    for await (const [page] of readAhead(pages(log, 10), async (p) => p)) if (page === 1) break;
    expect(log).toEqual(['read 0', 'read 1', 'read 2']);
  });

  it('handles an empty listing', async () => {
    const seen: unknown[] = [];
    for await (const item of readAhead(pages([], 0), async (p) => p)) seen.push(item);
    expect(seen).toEqual([]);
  });
});
