/**
 * Yields each page with its prepared form (details fetched, say) while the next page is read and
 * prepared, so the vendor's HTTP and our database writes overlap instead of adding up. At most one
 * page is ahead: memory stays at two pages whatever the volume.
 *
 * @example
 * for await (const [page, details] of readAhead(stream.read(ctx, state), fetchDetails)) await store(page, details);
 */
export async function* readAhead<T, U>(pages: AsyncIterable<T>, prepare: (page: T) => Promise<U>): AsyncGenerator<[T, U]> {
  const iterator = pages[Symbol.asyncIterator]();
  const fetch = async (): Promise<[T, U] | null> => {
    const result = await iterator.next();
    return result.done ? null : [result.value, await prepare(result.value)];
  };
  let next = fetch();
  // A failure ahead is raised when the caller reaches that page, not while it stores this one.
  next.catch(() => undefined);
  try {
    for (;;) {
      const current = await next;
      if (current === null) return;
      next = fetch();
      next.catch(() => undefined);
      yield current;
    }
  } finally {
    await next.catch(() => undefined);
    await iterator.return?.();
  }
}
