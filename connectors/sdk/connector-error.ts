/**
 * Why a connector call failed, so the sync engine and the retry policy can tell what to do:
 * - `config`: the configuration is wrong (bad URL, missing field); retrying will not help.
 * - `auth`: the vendor refused the credentials (401/403).
 * - `rate_limited`: the vendor asked us to slow down (429); `retryAfterMs` when it said how long.
 * - `transient`: 5xx, timeouts, dropped connections, truncated bodies; worth retrying.
 * - `fatal`: anything else (a 400 or 404 we did not expect, a body we cannot read).
 */
export type ConnectorErrorKind = 'config' | 'auth' | 'rate_limited' | 'transient' | 'fatal';

export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';

  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; field?: string; url?: string } = {},
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'transient';
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}
