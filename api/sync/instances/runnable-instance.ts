import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connector, Mappings, RateLimit } from '../../../connectors/sdk/index.js';
import { NotFoundError } from '../../graphql/errors.js';
import type { SecretBox } from '../../secrets/secret-box.js';
import { ConnectorInstance } from '../connector-instance.entity.js';
import type { ConnectorRegistry } from '../connectors/connector-registry.js';
import { mergeMappings } from '../connectors/merge-mappings.js';

/** A connector instance ready to run: its connector, its whole config with secrets, its mappings. */
export interface RunnableInstance {
  id: string;
  tenantId: string;
  name: string;
  enabled: boolean;
  connector: Connector<any>;
  config: Record<string, unknown>;
  mappings: Mappings;
  rateLimit: RateLimit;
}

/** Loads an instance inside a tenant transaction and opens its secrets (bound to tenant and instance). */
export async function loadRunnableInstance(
  em: EntityManager,
  registry: ConnectorRegistry,
  box: SecretBox,
  tenantId: string,
  instanceId: string,
): Promise<RunnableInstance> {
  const instance = await em.findOne(ConnectorInstance, { tenantId, id: instanceId, archivedAt: null });
  if (!instance) throw new NotFoundError('connector instance', instanceId);
  const connector = registry.get(instance.kind);
  const secrets = instance.secretsCiphertext ? box.open(instance.secretsCiphertext, { tenantId, instanceId }) : {};
  return {
    id: instance.id,
    tenantId,
    name: instance.name,
    enabled: instance.enabled,
    connector,
    config: { ...instance.config, ...secrets },
    mappings: mergeMappings(connector.defaultMappings, instance.mappings),
    rateLimit: instance.requestsPerSecond
      ? { requestsPerSecond: instance.requestsPerSecond, burst: Math.max(1, Math.ceil(instance.requestsPerSecond * 2)) }
      : connector.rateLimit,
  };
}
