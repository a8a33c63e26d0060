import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { TenantRow } from '../domain/tenant-row.js';
import type { TenantStore } from '../domain/tenant-store.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { ReviewStatus } from '../reviews/review-status.js';

/**
 * Per-request DataLoaders: one SQL statement per kind of lookup per tick, whatever the page size.
 * Built in the request context, so nothing is cached across requests or tenants.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly store: TenantStore) {}

  /** A loader for `key`, made once per request from `batch`. */
  memo<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Rows of `entity` by id; null where the viewer may not see the row. */
  byId<T extends TenantRow>(entity: EntityClass<T>): DataLoader<string, T | null> {
    return this.memo(`${entity.name}:id`, async (ids) => {
      const rows = await this.store.em.find(entity, {
        $and: [this.store.scope(entity), { id: { $in: [...ids] } }],
      } as FilterQuery<T>);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Live (unarchived where the entity archives) rows of `entity` grouped by a foreign key. */
  manyBy<T extends { tenantId: string }>(
    entity: EntityClass<T>,
    field: keyof T & string,
    orderBy: keyof T & string,
    tieBreak: keyof T & string = 'id' as keyof T & string,
  ): DataLoader<string, T[]> {
    return this.memo(`${entity.name}:${field}`, async (keys) => {
      const live = this.store.em.getMetadata().find(entity.name)?.properties['archivedAt' as never] ? { archivedAt: null } : {};
      const rows = await this.store.em.find(
        entity,
        { $and: [this.store.scope(entity), { [field]: { $in: [...keys] } }, live] } as FilterQuery<T>,
        { orderBy: [{ [orderBy]: 'asc' }, { [tieBreak]: 'asc' }] as never },
      );
      const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(String((row as Record<string, unknown>)[field]))?.push(row);
      return keys.map((k) => groups.get(k)!);
    });
  }

  /** Each client's most recent review scheduled up to now (not cancelled), in one statement. */
  latestReviewByClient(): DataLoader<string, ServiceReview | null> {
    return this.memo('ServiceReview:latestByClient', async (clientIds) => {
      const em = this.store.em;
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select distinct on (client_id) * from service_review
          where tenant_id = ? and client_id in (?) and archived_at is null and status <> ? and scheduled_at <= now()
          order by client_id, scheduled_at desc, id desc`,
        [this.store.viewer.tenantId, [...clientIds], ReviewStatus.CANCELLED],
        'all',
        em.getTransactionContext(),
      );
      const byClient = new Map(rows.map((r) => [r.client_id as string, em.map(ServiceReview, r)]));
      return clientIds.map((id) => byClient.get(id) ?? null);
    });
  }
}
