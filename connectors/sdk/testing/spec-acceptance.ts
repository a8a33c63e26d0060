import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { assertConnector } from '../assert-connector.js';
import { ConnectorError } from '../connector-error.js';
import { createConnectorContext } from '../runtime/connector-context.js';
import { validateConfig } from '../validate-config.js';
import type { AcceptanceHarness } from './acceptance-harness.js';
import { caught } from './caught.js';

/** The declaration, the config spec and `check`. */
export function specAcceptance<Config>(harness: AcceptanceHarness<Config>): void {
  const { connector, badConfig } = harness.options;

  describe('spec', () => {
    it('declares the connector contract', () => {
      expect(() => assertConnector(connector, connector.id)).not.toThrow();
    });

    it('has a valid JSON Schema that accepts its sampleConfig', () => {
      const ajv = new Ajv2020({ strict: true });
      ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
      expect(ajv.validateSchema(connector.spec.configSchema), ajv.errorsText()).toBe(true);
      expect(() => validateConfig(connector.spec, connector.spec.sampleConfig)).not.toThrow();
    });

    it(`rejects a bad config as 'config', naming ${badConfig.field} and echoing no secret`, async () => {
      const error = await caught<ConnectorError>(() => createConnectorContext(connector, badConfig.config));
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ kind: 'config' });
      expect(error.message).toContain(badConfig.field);
      for (const secret of harness.secrets()) expect(error.message).not.toContain(secret);
    });
  });

  describe('check', () => {
    it('succeeds with good credentials', async () => {
      await expect(connector.check(harness.context())).resolves.toBeUndefined();
    });

    it("fails as 'auth' with bad credentials, echoing none", async () => {
      const error = await caught<ConnectorError>(connector.check(harness.context(harness.fixture().badCredentials)));
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error.kind).toBe('auth');
      for (const secret of harness.secrets()) expect(error.message).not.toContain(secret);
    });
  });
}
