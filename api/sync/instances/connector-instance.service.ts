import { isConnectorError, secretFields, splitSecrets, type Connector } from '../../../connectors/sdk/index.js';
import type { Context } from '../../graphql/context.js';
import { BadInputError, ConflictError } from '../../graphql/errors.js';
import { Client } from '../../clients/client.entity.js';
import { ConnectorInstance } from '../connector-instance.entity.js';
import { saveStreamState } from '../sync-state-store.js';
import { SyncTrigger } from '../sync-trigger.js';
import { checkedConfig } from './connector-config-input.js';
import type { CreateConnectorInstanceInput, UpdateConnectorInstanceInput } from './connector-instance.inputs.js';
import type { ConnectionTestResult, ConnectorKind, SyncRequest } from './connector-instance.results.js';
import { loadRunnableInstance } from './runnable-instance.js';
import { validateMappings } from './validate-mappings.js';
import { remapCompanies } from './remap-companies.js';

/**
 * Responsible for installed connectors: only MSP admins change them; configs are checked against the
 * connector's spec, secrets sealed to the tenant and instance, mappings checked, and a mapping change
 * applied to the tickets already stored. Talks to the sync services for tests and syncs.
 */
export class ConnectorInstanceService {
  constructor(private readonly ctx: Context) {}

  kinds(): ConnectorKind[] {
    return this.ctx.sync.registry.list().map((c) => ({
      id: c.id, title: c.title, configSchema: c.spec.configSchema, defaultMappings: c.defaultMappings as unknown as Record<string, unknown>,
    }));
  }

  async create(input: CreateConnectorInstanceInput): Promise<ConnectorInstance> {
    this.ctx.viewer.assertAdmin();
    const connector = this.ctx.sync.registry.get(input.kind);
    const config = checkedConfig(connector, input.config);
    const mappings = validateMappings(input.mappings ?? {});
    await this.assertClientsExist(mappings.companies ?? {});
    const instance = this.ctx.store.create(ConnectorInstance, {
      kind: connector.id, name: input.name, mappings, enabled: input.enabled ?? true,
      syncIntervalMinutes: input.syncIntervalMinutes ?? 60, requestsPerSecond: input.requestsPerSecond ?? null,
    });
    await this.seal(instance, connector, config);
    await this.ctx.em.flush();
    return instance;
  }

  async update(id: string, input: UpdateConnectorInstanceInput): Promise<ConnectorInstance> {
    this.ctx.viewer.assertAdmin();
    const instance = await this.live(id);
    const connector = this.ctx.sync.registry.get(instance.kind);
    if (input.config) {
      const current = await loadRunnableInstance(this.ctx.em, this.ctx.sync.registry, await this.ctx.sync.secretBox(), instance.tenantId, id);
      await this.seal(instance, connector, checkedConfig(connector, { ...current.config, ...input.config }));
    }
    if (input.mappings) {
      const before = instance.mappings;
      const mappings = validateMappings(input.mappings);
      await this.assertClientsExist(mappings.companies ?? {});
      instance.mappings = mappings;
      await this.applyMappingChange(instance, before, mappings);
    }
    if (input.name != null) instance.name = input.name;
    if (input.syncIntervalMinutes != null) instance.syncIntervalMinutes = input.syncIntervalMinutes;
    if (input.enabled != null) instance.enabled = input.enabled;
    if (input.requestsPerSecond != null) instance.requestsPerSecond = input.requestsPerSecond;
    instance.updatedAt = new Date();
    await this.ctx.em.flush();
    return instance;
  }

  /** Archives the instance: no more syncs, secrets erased; its tickets stay, reviews were built on them. */
  async remove(id: string): Promise<ConnectorInstance> {
    this.ctx.viewer.assertAdmin();
    const instance = await this.live(id);
    instance.archivedAt = new Date();
    instance.enabled = false;
    instance.secretsCiphertext = null;
    await this.ctx.em.flush();
    return instance;
  }

  async test(id: string): Promise<ConnectionTestResult> {
    this.ctx.viewer.assertAdmin();
    await this.live(id);
    try {
      const runnable = await loadRunnableInstance(this.ctx.em, this.ctx.sync.registry, await this.ctx.sync.secretBox(), this.ctx.viewer.tenantId, id);
      await this.ctx.sync.engine.check(runnable);
      return { ok: true, errorKind: null, message: null };
    } catch (error) {
      if (!isConnectorError(error)) throw error;
      return { ok: false, errorKind: error.kind, message: error.message };
    }
  }

  async syncNow(id: string): Promise<SyncRequest> {
    this.ctx.viewer.assertCanWrite();
    const instance = await this.live(id);
    if (!this.ctx.sync.queue) throw new ConflictError('this server runs no job queue (QD_JOBS=off): use `quarterdeck connectors sync`');
    const jobId = await this.ctx.sync.queue.enqueueSync(instance.tenantId, id, SyncTrigger.MANUAL);
    return { connectorInstanceId: id, jobId, alreadyQueued: jobId === null };
  }

  private async live(id: string): Promise<ConnectorInstance> {
    const instance = await this.ctx.store.get(ConnectorInstance, id, 'connector instance');
    if (instance.archivedAt) throw new ConflictError(`connector instance ${id} was deleted`);
    return instance;
  }

  private async seal(instance: ConnectorInstance, connector: Connector<any>, config: Record<string, unknown>): Promise<void> {
    const { open, secrets } = splitSecrets(connector.spec.configSchema, config);
    instance.config = open;
    const box = await this.ctx.sync.secretBox();
    instance.secretsCiphertext = secretFields(connector.spec.configSchema).length
      ? box.seal(secrets, { tenantId: this.ctx.viewer.tenantId, instanceId: instance.id })
      : null;
  }

  private async assertClientsExist(companies: Record<string, string>): Promise<void> {
    const ids = [...new Set(Object.values(companies))];
    if (!ids.length) return;
    const found = new Set((await this.ctx.em.find(Client, { tenantId: this.ctx.viewer.tenantId, id: { $in: ids } })).map((c) => c.id));
    const missing = Object.entries(companies).find(([, clientId]) => !found.has(clientId));
    if (missing) throw new BadInputError(`mappings.companies.${missing[0]}`, `no client with id ${missing[1]}`);
  }

  /**
   * Company mappings re-place stored tickets at once; other tables change how vendor values read, which
   * needs the vendor records again: every stream restarts from the beginning, rewriting each ticket.
   */
  private async applyMappingChange(instance: ConnectorInstance, before: Record<string, unknown>, after: Record<string, unknown>): Promise<void> {
    const { companies: companiesBefore, ...restBefore } = before as Record<string, unknown>;
    const { companies: companiesAfter, ...restAfter } = after as Record<string, unknown>;
    if (JSON.stringify(companiesBefore ?? {}) !== JSON.stringify(companiesAfter ?? {})) {
      await remapCompanies(this.ctx.em, instance, after);
    }
    if (JSON.stringify(restBefore) !== JSON.stringify(restAfter)) {
      const connector = this.ctx.sync.registry.get(instance.kind);
      for (const stream of connector.streams) {
        await saveStreamState(this.ctx.em, instance.tenantId, instance.id, stream.name, { cursor: null, rewrite: true });
      }
    }
  }
}
