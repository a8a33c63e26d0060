import path from 'node:path';

/** Runtime settings, read once from the environment (README: "Configuration"). */
export interface Config {
  /** An external PostgreSQL; when absent an embedded one runs in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPgPort: number;
  port: number;
  host: string;
  production: boolean;
  introspection: boolean;
  /** Stack traces in GraphQL error extensions. */
  includeStacktrace: boolean;
  logLevel: string;
  encryptionKey: string | undefined;
  /** Keys secrets may still be sealed under during a rotation (QD_PREVIOUS_ENCRYPTION_KEYS). */
  previousEncryptionKeys: string | undefined;
  /** npm packages that each export a connector (QD_CONNECTOR_PLUGINS, comma-separated). */
  connectorPlugins: string[];
  /** Per-attempt timeout of vendor API requests (QD_VENDOR_TIMEOUT_MS, default 30 s). */
  vendorTimeoutMs: number;
  /** Where plugin packages are installed (QD_PLUGIN_DIR, default the working directory). */
  pluginDir: string;
  /** Run the job queue's workers in the API process (QD_JOBS, default on; `quarterdeck worker` runs them alone). */
  jobs: boolean;
}

export class ConfigError extends Error {}

function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be an integer port number between 0 and 65535, got "${raw}"`);
  }
  return value;
}

function positiveIntFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function boolFromEnv(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.QD_DATA_DIR || '.data'),
    embeddedPgPort: intFromEnv('QD_PG_PORT', 54329, env),
    port: intFromEnv('PORT', 4000, env),
    host: env.HOST || '127.0.0.1',
    production,
    // Production never exposes the schema or stack traces, whatever else is set.
    introspection: production ? false : boolFromEnv('QD_INTROSPECTION', true, env),
    includeStacktrace: production ? false : boolFromEnv('QD_STACKTRACES', true, env),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    encryptionKey: env.QD_ENCRYPTION_KEY || undefined,
    previousEncryptionKeys: env.QD_PREVIOUS_ENCRYPTION_KEYS || undefined,
    connectorPlugins: (env.QD_CONNECTOR_PLUGINS ?? '').split(',').map((name) => name.trim()).filter(Boolean),
    vendorTimeoutMs: positiveIntFromEnv('QD_VENDOR_TIMEOUT_MS', 30_000, env),
    pluginDir: path.resolve(env.QD_PLUGIN_DIR || '.'),
    jobs: boolFromEnv('QD_JOBS', true, env),
  };
}
