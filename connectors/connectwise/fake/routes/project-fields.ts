import { readPath } from './record-path.js';

/**
 * The `fields` projection: only the listed paths, nested as in the record (`fields=id,board/name`).
 * Without `fields`, the whole record.
 *
 * @example
 * projectFields({ id: 1, summary: 'x', board: { id: 2, name: 'Tier 2' } }, 'id,board/name'); //=> { id: 1, board: { name: 'Tier 2' } }
 */
export function projectFields<T extends object>(record: T, fields: string | null): Partial<T> | T {
  if (!fields?.trim()) return record;
  const projected: Record<string, unknown> = {};
  for (const path of fields.split(',').map((f) => f.trim()).filter(Boolean)) {
    const value = readPath(record, path);
    if (value === undefined) continue;
    const segments = path.split('/');
    let target = projected;
    for (const segment of segments.slice(0, -1)) target = (target[segment] ??= {}) as Record<string, unknown>;
    target[segments[segments.length - 1]!] = value;
  }
  return projected as Partial<T>;
}
