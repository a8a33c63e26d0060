import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { createConnectorContext } from '../runtime/connector-context.js';
import { splitSecrets } from '../secret-fields.js';
import type { AcceptanceFixture, AcceptanceHarness, AcceptanceSuiteOptions } from './acceptance-harness.js';
import { faultAcceptance } from './fault-acceptance.js';
import { createMemoryLogger } from './memory-logger.js';
import { readAcceptance } from './read-acceptance.js';
import { specAcceptance } from './spec-acceptance.js';

/**
 * The acceptance suite every connector passes, after Airbyte's Connector Acceptance Tests and Meltano's
 * tap tests: one call in the connector's test file registers the vitest blocks. It runs the production
 * runtime (createConnectorContext, the real HTTP client) against the connector's fake vendor and checks
 * the spec, `check`, full and incremental reads of every stream, normalization into the shared model,
 * Retry-After and no-retry-on-403 behaviour, and that no secret reaches an error message or log line.
 *
 * @example
 * connectorAcceptanceSuite({
 *   connector: acmeDesk,
 *   start: async () => {
 *     const scenario = acmeScenario({ seed: 7, tickets: 25 });
 *     const server = await startAcmeDeskFake(scenario);
 *     const config = { baseUrl: server.origin, token: scenario.token, pageSize: 10 };
 *     return { server, config, badCredentials: { ...config, token: 'wrong' }, expectedIds: { tickets: scenario.ids } };
 *   },
 *   badConfig: { config: { baseUrl: 'not a url', token: 'x' }, field: 'baseUrl' },
 * });
 */
export function connectorAcceptanceSuite<Config>(options: AcceptanceSuiteOptions<Config>): void {
  const { connector } = options;
  const memory = createMemoryLogger();
  let started: AcceptanceFixture | undefined;
  const fixture = (): AcceptanceFixture => {
    if (!started) throw new Error(`the ${connector.id} acceptance fixture did not start`);
    return started;
  };
  const secretsOf = (config: Record<string, unknown>): string[] =>
    Object.values(splitSecrets(connector.spec.configSchema, config).secrets).filter((value): value is string => typeof value === 'string' && value !== '');
  const harness: AcceptanceHarness<Config> = {
    options,
    fixture,
    context: (config = fixture().config) => createConnectorContext(connector, config, { log: memory.log }),
    secrets: () => [fixture().config, fixture().badCredentials, options.badConfig.config].flatMap(secretsOf),
  };

  describe(`${connector.title} (${connector.id}) connector acceptance`, () => {
    beforeAll(async () => {
      started = await options.start();
    });
    afterAll(async () => {
      await started?.server.close();
    });
    beforeEach(() => {
      fixture().server.setFaults({});
      fixture().server.resetCounters();
      memory.clear();
    });
    afterEach(() => {
      if (!started) return;
      const logged = memory.text();
      for (const secret of harness.secrets()) expect(logged, 'a secret was logged').not.toContain(secret);
    });

    specAcceptance(harness);
    for (const stream of connector.streams) readAcceptance(harness, stream);
    faultAcceptance(harness);
  });
}
