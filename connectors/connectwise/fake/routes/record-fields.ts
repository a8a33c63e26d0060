import type { FieldCatalog, FieldType } from '../conditions/compile-condition.js';
import { readPath } from './record-path.js';

/**
 * A field catalog over plain records from a table of the filterable paths and their types (lower-case
 * keys); `_info` paths may be given with or without the `_info/` prefix.
 *
 * @example
 * const catalog = recordFields({ id: 'number', lastupdated: 'datetime' });
 * catalog('lastUpdated')?.read({ _info: { lastUpdated: '2024-01-01T00:00:00Z' } }); //=> '2024-01-01T00:00:00Z'
 * catalog('nope'); //=> null
 */
export function recordFields(types: Record<string, FieldType>): FieldCatalog<object> {
  return (path) => {
    const key = path.toLowerCase();
    const type = types[key] ?? types[key.replace(/^_info\//, '')];
    if (!type) return null;
    return { type, read: (row) => readPath(row, path) as string | number | boolean | null | undefined };
  };
}
