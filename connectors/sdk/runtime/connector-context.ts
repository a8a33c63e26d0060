import type { Connector, ConnectorContext } from '../connector.js';
import type { RetryPolicy } from '../http-client.js';
import type { ConnectorLogger } from '../logger.js';
import { createHttpClient } from '../http/create-http-client.js';
import type { RateLimiter } from '../http/create-rate-limiter.js';
import { splitSecrets } from '../secret-fields.js';
import { validateConfig } from '../validate-config.js';
import { silentLogger } from './silent-logger.js';

export interface ConnectorContextOptions {
  /** The instance's limiter from the engine's registry; without one, requests are not paced. */
  rateLimiter?: RateLimiter;
  log?: ConnectorLogger;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  /** Stops the run: passed to the HTTP client and exposed to the connector as `context.signal`. */
  signal?: AbortSignal;
}

/**
 * What `check`, `read` and webhooks receive: the validated config (defaults filled) and an HTTP client
 * built from the connector's `httpOptions`. Every `x-secret` config value is redacted by the client
 * even if the connector forgot to list it in `secrets`. Throws ConnectorError(`config`) for a config
 * that fails the spec or a bad base URL. The sync engine and the acceptance suite both build contexts
 * here, so tests exercise the production wiring.
 *
 * @example
 * const context = createConnectorContext(acmeDesk, { baseUrl: 'https://acme.test', token: 't0ken' }, { log });
 * context.config; //=> { baseUrl: 'https://acme.test', token: 't0ken', pageSize: 50 }
 * createConnectorContext(acmeDesk, { token: 't0ken' }); //=> throws ConnectorError('config', '... config.baseUrl: is required')
 */
export function createConnectorContext<Config>(
  connector: Connector<Config>,
  config: unknown,
  options: ConnectorContextOptions = {},
): ConnectorContext<Config> {
  const valid = validateConfig<Config>(connector.spec, config);
  const http = connector.httpOptions(valid);
  const configSecrets = Object.values(splitSecrets(connector.spec.configSchema, valid as Record<string, unknown>).secrets)
    .filter((value): value is string => typeof value === 'string');
  const log = options.log ?? silentLogger;
  return {
    config: valid,
    http: createHttpClient({ ...options, ...http, secrets: [...http.secrets, ...configSecrets], log }),
    log,
    signal: options.signal,
  };
}
