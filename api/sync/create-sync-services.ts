import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Orm } from '../db/orm.js';
import { keySource, loadEncryptionKeys } from '../secrets/encryption-key.js';
import { SecretBox } from '../secrets/secret-box.js';
import { BUILT_IN_CONNECTORS } from './connectors/built-in-connectors.js';
import { ConnectorRegistry, loadConnectorPlugins } from './connectors/connector-registry.js';
import { RateLimiters } from './engine/rate-limiters.js';
import { SyncEngine } from './engine/sync-engine.js';
import type { SyncQueue, SyncServices } from './sync-services.js';

/**
 * Builds the process's sync services: built-in connectors plus configured plugins (checked against
 * the contract now, so a broken plugin stops the start), the secret box (its key loaded on first use,
 * so a server that never touches connector secrets needs none), and the engine.
 */
export async function createSyncServices(options: {
  orm: Orm; config: Config; logger: Logger; queue?: SyncQueue | null;
}): Promise<SyncServices> {
  const { orm, config, logger } = options;
  const registry = new ConnectorRegistry([...BUILT_IN_CONNECTORS, ...(await loadConnectorPlugins(config.connectorPlugins, config.pluginDir))]);
  let box: Promise<SecretBox> | undefined;
  const secretBox = () => (box ??= loadEncryptionKeys(keySource(config)).then((keys) => new SecretBox(keys.current, keys.previous)));
  const rateLimiters = new RateLimiters();
  const engine = new SyncEngine({
    em: orm.em, databaseUrl: orm.config.get('clientUrl')!, registry, secretBox, rateLimiters, logger: logger.child({ part: 'sync' }),
    http: { timeoutMs: config.vendorTimeoutMs },
  });
  return { registry, secretBox, rateLimiters, engine, queue: options.queue ?? null };
}
