import type { ConnectorLogger } from '../logger.js';

/** A logger that drops everything: the default when a caller (a test, a one-off check) passes none. */
export const silentLogger: ConnectorLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
