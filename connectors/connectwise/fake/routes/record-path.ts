/**
 * Reads a ConnectWise field path (`board/name`, `_info/lastUpdated`) from a record; a path that is not
 * on the record itself is looked up in its `_info` (ConnectWise filters `lastUpdated` though the record
 * carries it as `_info.lastUpdated`).
 *
 * @example
 * readPath({ board: { name: 'Tier 2' } }, 'board/name'); //=> 'Tier 2'
 * readPath({ _info: { lastUpdated: '2024-01-01T00:00:00Z' } }, 'lastUpdated'); //=> '2024-01-01T00:00:00Z'
 */
export function readPath(record: unknown, path: string): unknown {
  const direct = walk(record, path.split('/'));
  if (direct !== undefined) return direct;
  return walk((record as { _info?: unknown } | null)?._info, path.split('/'));
}

function walk(value: unknown, segments: string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    const entry = Object.entries(current).find(([key]) => key.toLowerCase() === segment.toLowerCase());
    current = entry?.[1];
  }
  return current;
}
