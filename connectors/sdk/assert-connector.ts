import type { Connector } from './connector.js';
import { expectText, fail } from './field-checks.js';

const CONNECTOR_FUNCTIONS = ['httpOptions', 'check'] as const;
const STREAM_FUNCTIONS = ['read', 'version', 'advance', 'normalize'] as const;

/**
 * Checks at run time that a value (a plugin package's export) has the shape of the connector contract,
 * so a broken plugin stops the start with a message naming it rather than failing mid-sync. Checks the
 * declaration only; the acceptance suite checks the behaviour.
 *
 * @example
 * assertConnector(acmeDesk, 'connector plugin @acme/desk'); // passes silently
 * assertConnector({ id: 'acme' }, 'connector plugin @acme/desk');
 * //=> throws 'connector plugin @acme/desk: title: expected a non-empty string, got undefined'
 */
export function assertConnector(value: unknown, label: string): asserts value is Connector<any> {
  try {
    checkConnector(value);
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`);
  }
}

function checkConnector(value: unknown): void {
  const connector = record(value, 'connector');
  for (const field of ['id', 'title'] as const) expectText(connector[field], field);
  if (!/^[a-z][a-z0-9_-]*$/.test(connector.id as string)) fail('id', 'lower-case letters, digits, "-" or "_"', connector.id);
  const spec = record(connector.spec, 'spec');
  if (record(spec.configSchema, 'spec.configSchema').type !== 'object') fail('spec.configSchema.type', "'object'", (spec.configSchema as Record<string, unknown>).type);
  record(spec.sampleConfig, 'spec.sampleConfig');
  const mappings = record(connector.defaultMappings, 'defaultMappings');
  for (const table of ['statuses', 'priorities', 'tiers', 'types', 'companies']) record(mappings[table], `defaultMappings.${table}`);
  const rateLimit = record(connector.rateLimit, 'rateLimit');
  if (!((rateLimit.requestsPerSecond as number) > 0) || !((rateLimit.burst as number) >= 1)) fail('rateLimit', 'requestsPerSecond > 0 and burst >= 1', rateLimit);
  for (const name of CONNECTOR_FUNCTIONS) callable(connector[name], name);
  if (!Array.isArray(connector.streams) || connector.streams.length === 0) fail('streams', 'a non-empty array', connector.streams);
  const names = new Set<string>();
  connector.streams.forEach((candidate: unknown, index: number) => {
    const stream = record(candidate, `streams[${index}]`);
    for (const field of ['name', 'primaryKey', 'cursorField'] as const) expectText(stream[field], `streams[${index}].${field}`);
    if (names.has(stream.name as string)) fail(`streams[${index}].name`, 'a name unique among the streams', stream.name);
    names.add(stream.name as string);
    if (typeof stream.ordered !== 'boolean') fail(`streams[${index}].ordered`, 'a boolean', stream.ordered);
    if (stream.cursorType !== 'instant' && stream.cursorType !== 'sequence') fail(`streams[${index}].cursorType`, "'instant' or 'sequence'", stream.cursorType);
    for (const name of STREAM_FUNCTIONS) callable(stream[name], `streams[${index}].${name}`);
  });
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as Record<string, unknown>;
}

function callable(value: unknown, path: string): void {
  if (typeof value !== 'function') fail(path, 'a function', value);
}
