import type { HttpRequest } from '../http-client.js';
import { ConnectorError } from '../connector-error.js';

const ABSOLUTE = /^([a-z][a-z\d+.-]*:)?\/\//i;

/**
 * The client's base URL, checked once: a connector config with a wrong site address fails as `config`
 * before any request is sent.
 *
 * @example
 * parseBaseUrl('https://api-na.myconnectwise.net/v4_6_release/apis/3.0', mask).pathname; //=> '/v4_6_release/apis/3.0'
 * parseBaseUrl('na.myconnectwise.net', mask); //=> throws ConnectorError('config', 'Invalid base URL "na.myconnectwise.net": ...')
 */
export function parseBaseUrl(baseURL: string, mask: (text: string) => string): URL {
  const url = URL.canParse(baseURL) ? new URL(baseURL) : null;
  if (url?.protocol === 'http:' || url?.protocol === 'https:') return url;
  throw new ConnectorError('config', `Invalid base URL "${mask(baseURL)}": expected an absolute http(s) URL`, { field: 'baseURL' });
}

/**
 * The URL a request goes to. A relative `url` is appended to the base URL's path (as axios does, so
 * `/service/tickets` under `.../apis/3.0` stays under it); an absolute one (a `Link: rel="next"`) must
 * stay on the base URL's origin unless the request sets `allowOtherOrigin`. Undefined params are left out.
 *
 * @example
 * resolveRequestUrl(new URL('https://acme.test/api/v1'), { url: '/tickets', params: { limit: 10, page: undefined } }, mask).href;
 * //=> 'https://acme.test/api/v1/tickets?limit=10'
 * resolveRequestUrl(new URL('https://acme.test/api'), { url: 'https://evil.test/x' }, mask);
 * //=> throws ConnectorError('config', 'GET https://evil.test/x leaves the vendor origin https://acme.test ...')
 */
export function resolveRequestUrl(base: URL, request: HttpRequest, mask: (text: string) => string): URL {
  const text = ABSOLUTE.test(request.url)
    ? request.url
    : `${base.origin}${base.pathname.replace(/\/+$/, '')}/${request.url.replace(/^\/+/, '')}`;
  if (!URL.canParse(text, base.href)) {
    throw new ConnectorError('fatal', `${request.method ?? 'GET'} ${mask(request.url)}: not a valid URL`);
  }
  const target = new URL(text, base);
  if (target.origin !== base.origin && !request.allowOtherOrigin) {
    throw new ConnectorError(
      'config',
      `${request.method ?? 'GET'} ${mask(target.href)} leaves the vendor origin ${mask(base.origin)}; set allowOtherOrigin for a call that must`,
      { url: mask(target.origin) },
    );
  }
  for (const [name, value] of Object.entries(request.params ?? {})) {
    if (value !== undefined) target.searchParams.append(name, String(value));
  }
  return target;
}
