/**
 * `items.map(work)` with at most `limit` calls in flight, results in input order. The first failure
 * rejects the whole call (nothing is swallowed); calls already running finish on their own.
 *
 * @example
 * await mapConcurrently([1, 2, 3], 2, async (n) => n * 10); //=> [10, 20, 30]
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
