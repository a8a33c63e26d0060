import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../graphql/context.js';
import type { PageArgs } from '../graphql/connection.js';
import { archivedCondition } from '../graphql/time-window.js';
import type { Sort } from './tenant-store.js';
import type { TenantOwned } from './tenant-owned.js';

/** The filter every list of a client's records accepts. */
export interface ClientOwnedFilter {
  clientId?: string | null;
  includeArchived?: boolean | null;
}

/**
 * Shared reads and archiving for records that belong to one client (CSFs, KPI definitions,
 * engagements, reviews, CSI items). Subclasses add their own filters, validation and writes.
 */
export abstract class ClientOwnedService<T extends TenantOwned & { clientId: string }, F extends ClientOwnedFilter> {
  protected abstract readonly entity: EntityClass<T>;
  protected abstract readonly label: string;
  protected abstract readonly sort: Sort<T>;

  constructor(protected readonly ctx: Context) {}

  /** Conditions beyond client and archive state that this entity's filter adds. */
  protected abstract where(filter: F | undefined): Record<string, unknown> | Promise<Record<string, unknown>>;

  async list(filter: F | undefined, page: PageArgs) {
    const where = {
      ...archivedCondition(filter?.includeArchived),
      ...(filter?.clientId ? { clientId: filter.clientId } : {}),
      ...(await this.where(filter)),
    } as FilterQuery<T>;
    return this.ctx.store.page(this.entity, where, page, this.sort);
  }

  get(id: string): Promise<T> {
    return this.ctx.store.get(this.entity, id, this.label);
  }

  archive(id: string): Promise<T> {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.archive(this.entity, id, this.label);
  }

  protected async insert(data: Partial<Omit<T, 'tenantId'>>): Promise<T> {
    this.ctx.viewer.assertCanWrite();
    const row = this.ctx.store.create(this.entity, data);
    await this.ctx.em.flush();
    return row;
  }

  protected patch(id: string, data: Partial<T>): Promise<T> {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.update(this.entity, id, this.label, data as never);
  }
}
