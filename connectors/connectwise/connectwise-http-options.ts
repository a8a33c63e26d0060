import type { HttpOptions } from '../sdk/index.js';
import type { ConnectWiseConfig } from './connectwise-config.js';

/**
 * The API root of an instance: `https://{site}/{codebase}/apis/3.0` unless `baseUrl` overrides it.
 *
 * @example
 * apiBaseUrl({ site: 'api-na.myconnectwise.net', codebase: 'v4_6_release' }); //=> 'https://api-na.myconnectwise.net/v4_6_release/apis/3.0'
 * apiBaseUrl({ site: 'x', codebase: 'y', baseUrl: 'http://127.0.0.1:4100/v4_6_release/apis/3.0/' }); //=> 'http://127.0.0.1:4100/v4_6_release/apis/3.0'
 */
export function apiBaseUrl(config: Pick<ConnectWiseConfig, 'site' | 'codebase' | 'baseUrl'>): string {
  const url = config.baseUrl ?? `https://${config.site}/${config.codebase}/apis/3.0`;
  return url.replace(/\/+$/, '');
}

/**
 * Headers sent on every request, exactly as ConnectWise documents them
 * (connectwise-rest src/Manage.ts; ConnectWiseManageAPI Connect-CWM.ps1): Basic auth over
 * `{companyId}+{publicKey}:{privateKey}`, the integration's `clientId`, and the API version in `Accept`.
 *
 * @example
 * connectWiseHttpOptions({ site: 'h', codebase: 'v4_6_release', companyId: 'acme', publicKey: 'pub', privateKey: 'priv',
 *   clientId: 'guid', apiVersion: '2025.8', ... }).headers;
 * //=> { Authorization: 'Basic YWNtZStwdWI6cHJpdg==', clientId: 'guid', Accept: 'application/vnd.connectwise.com+json; version=2025.8' }
 */
export function connectWiseHttpOptions(config: ConnectWiseConfig): HttpOptions {
  const token = Buffer.from(`${config.companyId}+${config.publicKey}:${config.privateKey}`).toString('base64');
  const authorization = `Basic ${token}`;
  return {
    baseURL: apiBaseUrl(config),
    headers: {
      Authorization: authorization,
      clientId: config.clientId,
      Accept: `application/vnd.connectwise.com+json; version=${config.apiVersion}`,
    },
    secrets: [config.privateKey, authorization, token],
  };
}
