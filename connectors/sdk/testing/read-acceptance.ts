import { describe, expect, it } from 'vitest';
import type { Stream, StreamState } from '../connector.js';
import { readAll } from '../runtime/read-all.js';
import { assertNormalizedRecord } from '../validate-normalized.js';
import type { AcceptanceHarness } from './acceptance-harness.js';
import { compareCursors } from './compare-cursors.js';

const FAR_FUTURE: Record<Stream<unknown, unknown>['cursorType'], string> = {
  instant: '2999-01-01T00:00:00.000Z',
  sequence: String(Number.MAX_SAFE_INTEGER),
};

/**
 * One stream: a full read, then the incremental contract. A record's own cursor is taken as
 * `advance({ cursor: null }, record).cursor`, so it is compared in the state's format whatever the
 * vendor's field looks like.
 */
export function readAcceptance<Config, Raw>(harness: AcceptanceHarness<Config>, stream: Stream<Config, Raw>): void {
  const { connector } = harness.options;
  const cursorOf = (record: Raw): string | null => stream.advance({ cursor: null }, record).cursor;
  const readFrom = (state: StreamState) => readAll(stream, harness.context(), state);

  describe(`stream ${stream.name}`, () => {
    it('reads every expected record to the end of every listing, each normalizing into the shared model', async () => {
      const expected = harness.fixture().expectedIds[stream.name];
      expect(expected, `expectedIds has no entry for stream ${stream.name}`).toBeDefined();
      const { records } = await readFrom({ cursor: null });
      const ids = records.map((record) => stream.version(record).id);
      for (const [index, record] of records.entries()) {
        const { id, updatedAt } = stream.version(record);
        expect(String(fieldAt(record, stream.primaryKey)), `${stream.primaryKey} of record ${id}`).toBe(id);
        expect(Number.isNaN(updatedAt.getTime()), `version().updatedAt of record ${id}`).toBe(false);
        const normalized = stream.normalize(record, connector.defaultMappings);
        expect(() => assertNormalizedRecord(normalized), `record ${index} (${id})`).not.toThrow();
        expect(stream.normalize(record, connector.defaultMappings), `normalize is pure (record ${id})`).toEqual(normalized);
      }
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate primary keys').toEqual([]);
      expect([...ids].sort()).toEqual([...expected!].sort());
      expect(harness.fixture().server.abandonedListings(), 'listings left while the vendor said there was more').toEqual([]);
    });

    it('advances the state forward only, without mutating it', async () => {
      const { records, state: final } = await readFrom({ cursor: null });
      let state: StreamState = Object.freeze({ cursor: null });
      let previous: string | null = null;
      for (const record of records) {
        const next = stream.advance(state, record);
        if (state.cursor !== null) expect(compareCursors(stream.cursorType, next.cursor ?? '', state.cursor)).toBeGreaterThanOrEqual(0);
        const own = cursorOf(record);
        if (stream.ordered && previous !== null && own !== null) {
          expect(compareCursors(stream.cursorType, own, previous), `an ordered stream yielded ${own} after ${previous}`).toBeGreaterThanOrEqual(0);
        }
        previous = own ?? previous;
        state = Object.freeze(next);
      }
      expect(state).toEqual(final);
    });

    it("reads again from the final state only records at or after the state's cursor", async () => {
      const { state } = await readFrom({ cursor: null });
      const { records } = await readFrom(state);
      for (const record of records) {
        const own = cursorOf(record);
        expect(own, `record ${stream.version(record).id} has no cursor`).not.toBeNull();
        if (state.cursor !== null) expect(compareCursors(stream.cursorType, own!, state.cursor)).toBeGreaterThanOrEqual(0);
      }
      expect(harness.fixture().server.abandonedListings()).toEqual([]);
    });

    it('reads nothing from a far-future state', async () => {
      const { records } = await readFrom({ cursor: FAR_FUTURE[stream.cursorType] });
      expect(records.map((record) => stream.version(record).id)).toEqual([]);
    });
  });
}

/** A raw record's field by dotted path (`_info.lastUpdated`). */
function fieldAt(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
}
