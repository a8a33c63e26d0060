import type { Context } from '../graphql/context.js';
import type { PageArgs } from '../graphql/connection.js';
import { archivedCondition } from '../graphql/time-window.js';
import { refreshClientTickets } from '../kpis/store/refresh-client-tickets.js';
import { forgetClientMonths } from '../kpis/store/refresh-client-months.js';
import { Client } from './client.entity.js';
import type { ClientFilter, CreateClientInput, UpdateClientInput } from './client.inputs.js';

/** Responsible for client companies: who may change them and how they are listed. */
export class ClientService {
  constructor(private readonly ctx: Context) {}

  list(filter: ClientFilter | undefined, page: PageArgs) {
    const where = {
      ...archivedCondition(filter?.includeArchived),
      ...(filter?.search ? { name: { $ilike: `%${filter.search.replace(/[%_\\]/g, '\\$&')}%` } } : {}),
    };
    return this.ctx.store.page(Client, where, page, { field: 'name', direction: 'asc' });
  }

  get(id: string) {
    return this.ctx.store.get(Client, id, 'client');
  }

  async create(input: CreateClientInput): Promise<Client> {
    this.ctx.viewer.assertCanWrite();
    const client = this.ctx.store.create(Client, { ...input, externalRefs: input.externalRefs ?? [] });
    await this.ctx.em.flush();
    return client;
  }

  async update(id: string, input: UpdateClientInput): Promise<Client> {
    this.ctx.viewer.assertCanWrite();
    const before = await this.get(id);
    const [policy, calendar, zone, endpoints] = [before.slaPolicyId, before.businessCalendarId, before.timeZone, before.endpointCount];
    const client = await this.ctx.store.update(Client, id, 'client', { ...input });
    if (client.timeZone !== zone || client.endpointCount !== endpoints) {
      // Its months are cut in its zone and divide by its endpoints: stored months no longer hold.
      await forgetClientMonths(this.ctx.em, this.ctx.viewer.tenantId, id);
    }
    if (client.slaPolicyId !== policy || client.businessCalendarId !== calendar) {
      // Another policy or calendar: every ticket's clocks change.
      await refreshClientTickets(this.ctx.em, this.ctx.viewer.tenantId, [id]);
    }
    return client;
  }

  archive(id: string): Promise<Client> {
    this.ctx.viewer.assertCanWrite();
    return this.ctx.store.archive(Client, id, 'client');
  }
}
