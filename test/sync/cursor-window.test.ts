import { describe, expect, it } from 'vitest';
import { commitable, readFrom } from '../../api/sync/engine/cursor-window.js';

const window = { overlapMs: 5 * 60_000, safetyMarginMs: 60_000 };
const now = new Date('2026-03-01T12:00:00Z');

describe('readFrom', () => {
  it.each([
    ['null cursor reads everything', { cursor: null }, 'instant', { cursor: null }],
    ['instant cursor re-reads the overlap', { cursor: '2026-03-01T10:05:00.000Z' }, 'instant', { cursor: '2026-03-01T10:00:00.000Z' }],
    ['sequence cursor is used as is', { cursor: '1234' }, 'sequence', { cursor: '1234' }],
    ['other state fields survive', { cursor: '2026-03-01T10:05:00.000Z', page: 3 }, 'instant', { cursor: '2026-03-01T10:00:00.000Z', page: 3 }],
  ] as const)('%s', (_name, state, type, expected) => {
    expect(readFrom({ ...state }, type, window)).toEqual(expected);
  });
});

describe('commitable', () => {
  it.each([
    ['advances to the last record', '2026-03-01T11:00:00.000Z', '2026-03-01T09:00:00.000Z', '2026-03-01T11:00:00.000Z'],
    ['held at now minus the safety margin', '2026-03-01T11:59:30.000Z', '2026-03-01T09:00:00.000Z', '2026-03-01T11:59:00.000Z'],
    ['a record from the future is held too', '2026-03-02T00:00:00.000Z', null, '2026-03-01T11:59:00.000Z'],
    ['never moves backwards', '2026-03-01T08:00:00.000Z', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z'],
    ['an already-held cursor stays put', '2026-03-01T11:59:50.000Z', '2026-03-01T11:59:40.000Z', '2026-03-01T11:59:40.000Z'],
  ])('%s', (_name, advanced, committed, expected) => {
    expect(commitable({ cursor: advanced }, { cursor: committed }, 'instant', now, window).cursor).toBe(expected);
  });

  it('leaves sequence cursors alone', () => {
    expect(commitable({ cursor: '99' }, { cursor: '5' }, 'sequence', now, window)).toEqual({ cursor: '99' });
  });
});
