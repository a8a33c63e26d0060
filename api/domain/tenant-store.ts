import type { EntityClass, EntityData, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, type CursorKey, type Page, type PageArgs } from '../graphql/connection.js';
import { NotFoundError } from '../graphql/errors.js';
import type { Viewer } from '../tenancy/viewer.js';
import { clientScopeFilter } from './client-scope.js';
import type { TenantOwned } from './tenant-owned.js';
import type { TenantRow } from './tenant-row.js';

export interface Sort<T> {
  field: keyof T & string;
  direction: 'asc' | 'desc';
}

/**
 * Reads and writes one tenant's rows for one request. Every query carries the tenant and the
 * client viewer's scope, on top of the database's row-level security. Talks to the entity manager.
 */
export class TenantStore {
  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {}

  /** The filter every read of `entity` starts from. */
  scope<T extends { tenantId: string }>(entity: EntityClass<T>): FilterQuery<T> {
    return { tenantId: this.viewer.tenantId, ...(clientScopeFilter(entity, this.viewer.clientId) as object) } as FilterQuery<T>;
  }

  async get<T extends TenantRow>(entity: EntityClass<T>, id: string, label: string): Promise<T> {
    const row = await this.find(entity, id);
    if (!row) throw new NotFoundError(label, id);
    return row;
  }

  async find<T extends TenantRow>(entity: EntityClass<T>, id: string): Promise<T | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(entity, { $and: [this.scope(entity), { id }] } as FilterQuery<T>);
  }

  /** A keyset page over `where`, sorted by `sort` then id. */
  async page<T extends TenantRow>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    args: PageArgs,
    sort: Sort<T>,
  ): Promise<Page<T> & { cursors: string[] }> {
    const base = { $and: [this.scope(entity), where] } as FilterQuery<T>;
    const conditions: FilterQuery<T>[] = [base];
    if (args.after) {
      const [value, id] = decodeCursor(args.after);
      const v = typeof value === 'number' ? new Date(value) : value;
      const op = sort.direction === 'asc' ? '$gt' : '$lt';
      conditions.push({ $or: [{ [sort.field]: { [op]: v } }, { [sort.field]: v, id: { [op]: id } }] } as FilterQuery<T>);
    }
    const rows = await this.em.find(entity, { $and: conditions } as FilterQuery<T>, {
      orderBy: [{ [sort.field]: sort.direction }, { id: sort.direction }] as never,
      limit: args.first + 1,
    });
    const nodes = rows.slice(0, args.first);
    const cursors = nodes.map((n) => {
      const value = (n as Record<string, unknown>)[sort.field];
      return encodeCursor([value instanceof Date ? value.getTime() : (value as string | number), n.id] as CursorKey);
    });
    return {
      nodes,
      cursors,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: cursors.at(-1) ?? null },
      totalCount: () => this.em.count(entity, base),
    };
  }

  /** A new row of this tenant, persisted with the request's transaction. */
  create<T extends TenantRow>(entity: EntityClass<T>, data: Partial<Omit<T, 'tenantId'>>): T {
    return this.em.create(entity, { ...data, tenantId: this.viewer.tenantId } as RequiredEntityData<T>);
  }

  async update<T extends TenantRow>(entity: EntityClass<T>, id: string, label: string, patch: EntityData<T>): Promise<T> {
    const row = await this.get(entity, id, label);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    this.em.assign(row, defined as never);
    await this.em.flush();
    return row;
  }

  async archive<T extends TenantOwned>(entity: EntityClass<T>, id: string, label: string): Promise<T> {
    const row = await this.get(entity, id, label);
    row.archivedAt ??= new Date();
    await this.em.flush();
    return row;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
