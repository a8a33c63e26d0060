import type { ConnectorSpec } from '../../index.js';

export interface AcmeConfig {
  baseUrl: string;
  token: string;
  pageSize: number;
}

/** The instance config: where the tenant lives and its API token (`x-secret`: encrypted, never echoed). */
export const acmeSpec: ConnectorSpec = {
  configSchema: {
    type: 'object',
    properties: {
      baseUrl: { type: 'string', format: 'uri', description: 'The tenant address, e.g. https://tenant.acmedesk.example' },
      token: { type: 'string', minLength: 1, 'x-secret': true, description: 'An API token (Settings > API)' },
      pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
    },
    required: ['baseUrl', 'token'],
    additionalProperties: false,
  },
  sampleConfig: { baseUrl: 'https://tenant.acmedesk.example', token: 'api-token-placeholder' },
};
