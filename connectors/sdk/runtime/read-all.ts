import type { ConnectorContext, Stream, StreamState } from '../connector.js';

/**
 * Reads a stream to its end in memory: every page, enriched when the stream has `enrich`, with the
 * state folded through `advance` over all records. For tests, checks and small one-off reads; the
 * sync engine commits page by page instead.
 *
 * @example
 * const { records, state } = await readAll(tickets, context, { cursor: null });
 * records.length; //=> 25
 * state; //=> { cursor: '2025-12-30T17:00:00.000Z' }
 */
export async function readAll<Config, Raw>(
  stream: Stream<Config, Raw>,
  context: ConnectorContext<Config>,
  state: StreamState,
): Promise<{ records: Raw[]; state: StreamState }> {
  const records: Raw[] = [];
  let current = state;
  for await (const page of stream.read(context, state)) {
    const complete = stream.enrich && page.length > 0 ? await stream.enrich(context, page) : page;
    for (const record of complete) {
      records.push(record);
      current = stream.advance(current, record);
    }
  }
  return { records, state: current };
}
