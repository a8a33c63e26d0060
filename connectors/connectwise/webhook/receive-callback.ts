import { ConnectorError, isConnectorError, type ConnectorContext, type WebhookRequest } from '../../sdk/index.js';
import type { ConnectWiseConfig } from '../connectwise-config.js';
import { apiBaseUrl } from '../connectwise-http-options.js';
import type { CwCallbackPayload } from '../connectwise-records.js';
import { signatureMatches } from './callback-signature.js';
import { trustedKeyUrl } from './trusted-key-url.js';

/**
 * Verifies a ConnectWise callback and names the ticket to re-fetch. The signing key comes from the
 * payload's `Metadata.key_url`, fetched only from a trusted host (trusted-key-url.ts) over the injected
 * client; the signature covers the raw body (callback-signature.ts). `Entity` is never used as data:
 * the ticket is re-read through the API. Callbacks for other record types name no tickets.
 *
 * @example
 * await receiveCallback(ctx, { headers: { 'x-content-signature': '...' }, rawBody: Buffer.from('{"ID":42,"Type":"ticket",...}') });
 * //=> { stream: 'tickets', ids: ['42'] }
 */
export async function receiveCallback(
  context: ConnectorContext<ConnectWiseConfig>,
  request: WebhookRequest,
): Promise<{ stream: string; ids: string[] }> {
  const payload = parse(request.rawBody);
  const signature = header(request, 'x-content-signature');
  if (!signature) throw new ConnectorError('auth', 'ConnectWise callback has no x-content-signature header');
  const keyUrl = trustedKeyUrl(context.config, payload.Metadata?.key_url);
  if (!keyUrl) throw new ConnectorError('auth', 'ConnectWise callback Metadata.key_url is missing or not on a trusted ConnectWise host');
  const sameOrigin = keyUrl.origin === new URL(apiBaseUrl(context.config)).origin;
  const signingKey = await fetchSigningKey(context, keyUrl.href, !sameOrigin);
  if (typeof signingKey !== 'string' || signingKey === '') {
    throw new ConnectorError('auth', 'ConnectWise callback key URL returned no signing_key');
  }
  if (!signatureMatches(signingKey, request.rawBody, signature)) {
    throw new ConnectorError('auth', 'ConnectWise callback signature does not match its body');
  }
  const id = String(payload.ID ?? '');
  const isTicket = /^ticket$/i.test(payload.Type ?? '');
  return { stream: 'tickets', ids: isTicket && /^[0-9]+$/.test(id) ? [id] : [] };
}

/** A key URL that answers 4xx proves nothing: that is a verification failure, while 5xx / 429 stay retryable. */
async function fetchSigningKey(context: ConnectorContext<ConnectWiseConfig>, url: string, allowOtherOrigin: boolean): Promise<unknown> {
  try {
    const key = await context.http.request<{ signing_key?: unknown }>({ url, allowOtherOrigin });
    return key.data?.signing_key;
  } catch (error) {
    if (isConnectorError(error) && !error.retryable) {
      throw new ConnectorError('auth', `ConnectWise callback key URL could not be read (${error.details.status ?? error.kind})`);
    }
    throw error;
  }
}

function parse(rawBody: Buffer): CwCallbackPayload {
  try {
    const payload: unknown = JSON.parse(rawBody.toString('utf8'));
    if (payload && typeof payload === 'object' && !Array.isArray(payload)) return payload as CwCallbackPayload;
  } catch {
    // fall through: an unreadable body cannot be verified
  }
  throw new ConnectorError('auth', 'ConnectWise callback body is not a JSON object');
}

function header(request: WebhookRequest, name: string): string | undefined {
  const found = Object.entries(request.headers).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}
