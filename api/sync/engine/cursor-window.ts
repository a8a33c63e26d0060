import type { StreamState } from '../../../connectors/sdk/index.js';

/** How far the engine trusts an `instant` cursor (README "Sync engine"). */
export interface CursorWindow {
  /** Re-read this much before the cursor: vendors commit rows with slightly older timestamps late. */
  overlapMs: number;
  /** Never advance the cursor past now minus this: a row being written now may carry an earlier time. */
  safetyMarginMs: number;
}

export const DEFAULT_CURSOR_WINDOW: CursorWindow = { overlapMs: 5 * 60_000, safetyMarginMs: 60_000 };

/**
 * The state to read from: an `instant` cursor moved back by the overlap; a `sequence` cursor as is.
 *
 * @example
 * readFrom({ cursor: '2026-01-01T10:05:00.000Z' }, 'instant', { overlapMs: 300000, safetyMarginMs: 0 });
 * //=> { cursor: '2026-01-01T10:00:00.000Z' }
 */
export function readFrom(state: StreamState, cursorType: 'instant' | 'sequence', window: CursorWindow): StreamState {
  if (cursorType !== 'instant' || state.cursor === null) return state;
  return { ...state, cursor: new Date(Date.parse(state.cursor) - window.overlapMs).toISOString() };
}

/**
 * The state to commit after a page: the connector's advanced state, its `instant` cursor held at
 * now minus the safety margin, and never behind what was committed before.
 *
 * @example
 * commitable({ cursor: '2026-01-01T12:00:00.000Z' }, { cursor: '2026-01-01T09:00:00.000Z' }, 'instant',
 *   new Date('2026-01-01T11:00:00Z'), { overlapMs: 0, safetyMarginMs: 60000 });
 * //=> { cursor: '2026-01-01T10:59:00.000Z' }
 */
export function commitable(
  advanced: StreamState,
  committed: StreamState,
  cursorType: 'instant' | 'sequence',
  now: Date,
  window: CursorWindow,
): StreamState {
  if (cursorType !== 'instant' || advanced.cursor === null) return advanced;
  const limit = now.getTime() - window.safetyMarginMs;
  const floor = committed.cursor === null ? -Infinity : Date.parse(committed.cursor);
  const at = Math.max(Math.min(Date.parse(advanced.cursor), limit), floor);
  return { ...advanced, cursor: at === floor ? committed.cursor : new Date(at).toISOString() };
}
