import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ConnectorSpec } from './connector.js';
import { ConnectorError } from './connector-error.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: true });
addFormats.default(ajv);
ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });

/**
 * Checks a config against the connector's spec, filling defaults. Throws ConnectorError(`config`) naming
 * every wrong field and what was expected, never the value given (it may be a secret).
 *
 * @example
 * validateConfig(spec, { site: 'na.myconnectwise.net' });
 * //=> throws "config.companyId: is required; config.privateKey: is required"
 */
export function validateConfig<Config>(spec: ConnectorSpec, config: unknown): Config {
  const validate = ajv.compile(spec.configSchema);
  const copy = structuredClone(config);
  if (validate(copy)) return copy as Config;
  const problems = (validate.errors ?? []).map(describe);
  throw new ConnectorError('config', `Invalid connector config: ${problems.join('; ')}`, {
    field: problems[0]?.split(':')[0],
  });
}

function describe(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty
    : error.keyword === 'additionalProperties' ? (error.params as { additionalProperty: string }).additionalProperty
    : path;
  const what = error.keyword === 'required' ? 'is required'
    : error.keyword === 'additionalProperties' ? 'is not a known field'
    : error.message ?? 'is invalid';
  return `config${field ? `.${field}` : ''}: ${what}`;
}
