import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../graphql/context.js';
import type { PageArgs } from '../graphql/connection.js';
import { archivedCondition } from '../graphql/time-window.js';
import { DateTime } from 'luxon';
import { refreshClientTickets } from '../kpis/store/refresh-client-tickets.js';
import { nextVersion } from './next-version.js';
import type { TenantOwned } from './tenant-owned.js';
import type { TenantRow } from './tenant-row.js';
import { assertLocalDate } from './validate-local-date.js';

interface Definition extends TenantOwned {
  name: string;
  clientId?: string | null;
}

interface Version extends TenantRow {
  version: number;
  effectiveFrom: string;
}

/**
 * A named definition whose terms live in effective-dated versions (business calendars, SLA
 * policies): shared by the tenant or one client's; new terms start after the latest version, so
 * the past is never rewritten. Subclasses validate and shape one version's terms.
 */
export abstract class VersionedDefinitionService<
  D extends Definition,
  V extends Version,
  T extends { effectiveFrom: string },
  C extends { name: string; clientId?: string | null },
> {
  protected abstract readonly entity: EntityClass<D>;
  protected abstract readonly versionEntity: EntityClass<V>;
  /** The version column naming its definition (`calendarId`, `policyId`). */
  protected abstract readonly parentField: keyof V & string;
  protected abstract readonly label: string;

  constructor(protected readonly ctx: Context) {}

  /** The first version's terms within a create input. */
  protected abstract termsOf(input: C): T;

  /** The clients whose stored SLA clocks a new version of `definitionId` may change. */
  protected abstract affectedClients(definitionId: string): Promise<string[]>;

  /** Validates `terms` and returns the version's own columns. */
  protected abstract versionData(terms: T): Partial<V>;

  list(filter: { clientId?: string | null; includeArchived?: boolean | null } | undefined, page: PageArgs) {
    const where = {
      ...archivedCondition(filter?.includeArchived),
      ...(filter?.clientId ? { $or: [{ clientId: null }, { clientId: filter.clientId }] } : {}),
    };
    return this.ctx.store.page(this.entity, where as FilterQuery<D>, page, { field: 'name', direction: 'asc' });
  }

  get(id: string): Promise<D> {
    return this.ctx.store.get(this.entity, id, this.label);
  }

  async create(input: C): Promise<D> {
    this.ctx.viewer.assertCanWrite();
    const definition = this.ctx.store.create(this.entity, { name: input.name, clientId: input.clientId ?? null } as Partial<D>);
    // Rows are linked by id columns, not ORM relations, so the parent is flushed first for its foreign key.
    await this.ctx.em.flush();
    this.insertVersion(definition, 1, this.termsOf(input));
    await this.ctx.em.flush();
    return definition;
  }

  update(id: string, input: { name?: string }): Promise<D> {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.update(this.entity, id, this.label, { name: input.name } as never);
  }

  archive(id: string): Promise<D> {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.archive(this.entity, id, this.label);
  }

  /** New terms from a later date; earlier versions, and so past reviews, stay as they were. */
  async addVersion(definitionId: string, terms: T): Promise<V> {
    this.ctx.viewer.assertCanWrite();
    const definition = await this.get(definitionId);
    const parent = { [this.parentField]: definitionId } as Partial<Record<keyof V & string, string>>;
    const number = await nextVersion(this.ctx.store, this.versionEntity, parent, terms.effectiveFrom);
    const version = this.insertVersion(definition, number, terms);
    await this.ctx.em.flush();
    // Tickets created from the new date on (a day earlier covers every client zone) change clocks.
    const from = DateTime.fromISO(terms.effectiveFrom, { zone: 'UTC' }).minus({ days: 1 }).toJSDate();
    await refreshClientTickets(this.ctx.em, this.ctx.viewer.tenantId, await this.affectedClients(definitionId), from);
    return version;
  }

  private insertVersion(definition: D, version: number, terms: T): V {
    assertLocalDate('effectiveFrom', terms.effectiveFrom);
    return this.ctx.store.create(this.versionEntity, {
      ...this.versionData(terms),
      [this.parentField]: definition.id,
      clientId: definition.clientId ?? null,
      version,
      effectiveFrom: terms.effectiveFrom,
    } as Partial<V>);
  }
}
