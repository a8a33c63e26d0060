import type { FakeRoute } from '../../../sdk/fake/index.js';

export interface SystemRouteOptions {
  api: string;
  codebase: string;
  companyId: string;
  /** The path of the callback signing-key URL (outside the authenticated API). */
  keyPath: string;
  signingKey: string;
}

/**
 * `/system/info`, the codebase discovery `GET /login/companyinfo/{companyId}` (unauthenticated, outside
 * the API path; Connect-CWM.ps1 reads its `Codebase`, which ends in a slash), and the callback key URL
 * answering `{ signing_key }` (its real path is VERIFY).
 *
 * @example
 * // GET /login/companyinfo/contoso //=> { CompanyName: 'contoso', Codebase: 'v4_6_release/', VersionCode: 'v2025.1', IsCloud: true, ... }
 */
export function systemRoutes(options: SystemRouteOptions): FakeRoute[] {
  return [
    {
      method: 'GET', path: `${options.api}/system/info`,
      handle: () => ({
        status: 200,
        body: { version: 'v2025.1.93511', isCloud: true, serverTimeZone: 'Eastern Standard Time', licenseBits: [], cloudRegion: 'NA' },
      }),
    },
    {
      method: 'GET', path: '/login/companyinfo/:companyId',
      handle(request) {
        if (request.params['companyId']?.toLowerCase() !== options.companyId.toLowerCase()) return { status: 200, body: {} };
        return {
          status: 200,
          body: {
            CompanyName: options.companyId, Codebase: `${options.codebase}/`, VersionCode: 'v2025.1', VersionNumber: 'v4.6',
            CompanyID: options.companyId, IsCloud: true, SiteUrl: new URL(request.origin).host,
          },
        };
      },
    },
    { method: 'GET', path: options.keyPath, handle: () => ({ status: 200, body: { signing_key: options.signingKey } }) },
  ];
}
