import type { UnmappedValue } from './model.js';

/**
 * Looks a vendor value up in a mapping table: exactly first, then ignoring case and surrounding spaces.
 * A value the table does not cover yields `bucket` and is recorded in `unmapped`, so a data-quality
 * report can name it; nothing falls silently into a default.
 *
 * @example
 * const unmapped: UnmappedValue[] = [];
 * mapValue({ 'In Progress': 'IN_PROGRESS' }, ' in progress', 'status', 'UNMAPPED', unmapped); //=> 'IN_PROGRESS'
 * mapValue({ 'In Progress': 'IN_PROGRESS' }, 'Parked', 'status', 'UNMAPPED', unmapped); //=> 'UNMAPPED'
 * unmapped; //=> [{ field: 'status', raw: 'Parked' }]
 */
export function mapValue<T extends string>(
  table: Readonly<Record<string, T>>,
  raw: string | null | undefined,
  field: UnmappedValue['field'],
  bucket: NoInfer<T>,
  unmapped: UnmappedValue[],
): T {
  if (raw === null || raw === undefined || raw === '') return bucket;
  const exact = table[raw];
  if (exact !== undefined) return exact;
  const wanted = raw.trim().toLowerCase();
  for (const [key, value] of Object.entries(table)) {
    if (key.trim().toLowerCase() === wanted) return value;
  }
  unmapped.push({ field, raw });
  return bucket;
}
