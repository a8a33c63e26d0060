import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { ConflictError } from '../graphql/errors.js';
import type { TenantStore } from './tenant-store.js';
import type { TenantRow } from './tenant-row.js';

interface Versioned extends TenantRow {
  version: number;
  effectiveFrom: string;
}

/**
 * The number of the next version of an effective-dated definition (calendar hours, SLA targets).
 * A new version must start after the latest one: past versions, and so past reviews, are never
 * rewritten.
 */
export async function nextVersion<T extends Versioned>(
  store: TenantStore,
  entity: EntityClass<T>,
  parent: Partial<Record<keyof T & string, string>>,
  effectiveFrom: string,
): Promise<number> {
  const latest = await store.em.findOne(entity, { $and: [store.scope(entity), parent] } as FilterQuery<T>, {
    orderBy: { version: 'desc' } as never,
  });
  if (latest && effectiveFrom <= latest.effectiveFrom) {
    throw new ConflictError(
      `effectiveFrom ${effectiveFrom} must be after the current version's ${latest.effectiveFrom}; past versions are never rewritten`,
      { field: 'effectiveFrom' },
    );
  }
  return (latest?.version ?? 0) + 1;
}
