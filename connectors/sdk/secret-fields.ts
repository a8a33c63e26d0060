import type { JsonSchemaObject } from './connector.js';

/**
 * The top-level config fields a spec marks `"x-secret": true`.
 *
 * @example
 * secretFields({ type: 'object', properties: { site: {}, privateKey: { 'x-secret': true } } }); //=> ['privateKey']
 */
export function secretFields(schema: JsonSchemaObject): string[] {
  return Object.entries(schema.properties)
    .filter(([, property]) => property['x-secret'] === true)
    .map(([name]) => name);
}

/**
 * Splits a config into what may be stored and shown, and the secrets to encrypt.
 *
 * @example
 * splitSecrets(schema, { site: 'x', privateKey: 'k' }); //=> { open: { site: 'x' }, secrets: { privateKey: 'k' } }
 */
export function splitSecrets(
  schema: JsonSchemaObject,
  config: Record<string, unknown>,
): { open: Record<string, unknown>; secrets: Record<string, unknown> } {
  const secret = new Set(secretFields(schema));
  const open: Record<string, unknown> = {};
  const secrets: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(config)) (secret.has(name) ? secrets : open)[name] = value;
  return { open, secrets };
}
