import type { FakeReply, FakeRequest } from '../../../sdk/fake/index.js';
import { cwError } from './cw-error.js';

export interface Credentials {
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
}

/**
 * ConnectWise's API-member auth, checked exactly: `Authorization: Basic base64({companyId}+{publicKey}:{privateKey})`
 * and a `clientId` header. A request without `clientId` is refused with 401 too: the 2025.8 spec declares
 * the header on every operation and production clients always send it, but how the real server answers
 * its absence is VERIFY (../../../../shared/vendors/vendor-apis.md 1.1). `open` paths (company-info
 * discovery, the signing-key URL) need no credentials.
 *
 * @example
 * authenticate(credentials, ['/login/companyinfo/'])(requestWithoutAuth); //=> { status: 401, body: { code: 'Unauthorized', ... } }
 * authenticate(credentials, [])(goodRequest); //=> null
 */
export function authenticate(credentials: Credentials, open: readonly string[]): (request: FakeRequest) => FakeReply | null {
  const expected = `Basic ${Buffer.from(`${credentials.companyId}+${credentials.publicKey}:${credentials.privateKey}`).toString('base64')}`;
  return (request) => {
    if (open.some((prefix) => request.path.startsWith(prefix))) return null;
    if (request.headers.authorization !== expected) return cwError(401, 'Unauthorized');
    const clientId = request.headers['clientid'];
    if (typeof clientId !== 'string' || clientId !== credentials.clientId) {
      return cwError(401, 'A valid clientId header is required. See https://developer.connectwise.com/ClientID');
    }
    return null;
  };
}
