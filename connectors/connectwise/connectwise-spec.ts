import type { ConnectorSpec } from '../sdk/index.js';

/**
 * The instance configuration as JSON Schema (Ajv 2020). Auth is ConnectWise's API-member key pair
 * (https://developer.connectwise.com/Products/ConnectWise_PSA/Developer_Guide: Basic
 * `{companyId}+{publicKey}:{privateKey}` plus the `clientId` header); only the private key is secret.
 *
 * @example
 * validateConfig(connectWiseSpec, connectWiseSpec.sampleConfig).codebase; //=> 'v4_6_release'
 */
export const connectWiseSpec: ConnectorSpec = {
  configSchema: {
    type: 'object',
    properties: {
      site: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9.-]+(:[0-9]+)?$', description: 'API host, e.g. api-na.myconnectwise.net' },
      baseUrl: { type: 'string', pattern: '^https?://', description: 'Overrides https://{site}/{codebase}/apis/3.0 (tests, proxies)' },
      codebase: { type: 'string', minLength: 1, default: 'v4_6_release' },
      companyId: { type: 'string', minLength: 1 },
      publicKey: { type: 'string', minLength: 1 },
      privateKey: { type: 'string', minLength: 1, 'x-secret': true },
      clientId: { type: 'string', minLength: 1, description: 'Integration GUID (developer.connectwise.com/ClientID)' },
      apiVersion: { type: 'string', pattern: '^[0-9]{4}\\.[0-9]+', default: '2025.8' },
      pageSize: { type: 'integer', minimum: 1, maximum: 1000, default: 1000 },
      historyConcurrency: { type: 'integer', minimum: 1, maximum: 32, default: 8 },
      boards: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      callbackSigningHosts: { type: 'array', items: { type: 'string', minLength: 1 } },
      csatScale: {
        type: 'object',
        properties: { min: { type: 'number' }, max: { type: 'number' } },
        required: ['min', 'max'],
        additionalProperties: false,
      },
    },
    required: ['site', 'companyId', 'publicKey', 'privateKey', 'clientId'],
    additionalProperties: false,
  },
  sampleConfig: {
    site: 'api-na.myconnectwise.net',
    companyId: 'contoso',
    publicKey: 'samplePublicKey',
    privateKey: 'samplePrivateKey',
    clientId: '00000000-0000-0000-0000-000000000000',
  },
};
