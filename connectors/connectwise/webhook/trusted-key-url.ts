import type { ConnectWiseConfig } from '../connectwise-config.js';
import { apiBaseUrl } from '../connectwise-http-options.js';

/**
 * The callback's `Metadata.key_url` as a URL when its host is one this instance trusts, else null. The
 * payload is attacker-controlled until verified, so fetching any key URL would let a forger sign with
 * a key of their own (Nango pins the host for this reason). Trusted: the instance's own API host (from
 * `baseUrl` or `site`), the matching cloud UI host (`na.myconnectwise.net` for `api-na.myconnectwise.net`,
 * which Nango also trusts), and `callbackSigningHosts`. HTTPS only, except on the host of an explicit
 * `http://` baseUrl (the local fake).
 *
 * @example
 * trustedKeyUrl({ site: 'api-na.myconnectwise.net', codebase: 'v4_6_release' }, 'https://api-na.myconnectwise.net/v4_6_release/apis/3.0/system/callbackkey/1');
 * //=> URL { host: 'api-na.myconnectwise.net', ... }
 * trustedKeyUrl({ site: 'api-na.myconnectwise.net', codebase: 'v4_6_release' }, 'https://evil.example/key'); //=> null
 */
export function trustedKeyUrl(
  config: Pick<ConnectWiseConfig, 'site' | 'codebase' | 'baseUrl' | 'callbackSigningHosts'>,
  keyUrl: string | undefined,
): URL | null {
  if (!keyUrl) return null;
  let url: URL;
  try {
    url = new URL(keyUrl);
  } catch {
    return null;
  }
  const base = new URL(apiBaseUrl(config));
  const host = url.host.toLowerCase();
  if (url.protocol === 'http:' && base.protocol === 'http:' && host === base.host.toLowerCase()) return url;
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return trustedHosts(config, base).has(host) ? url : null;
}

function trustedHosts(config: Pick<ConnectWiseConfig, 'site' | 'callbackSigningHosts'>, base: URL): Set<string> {
  const hosts = new Set([base.host, config.site, ...(config.callbackSigningHosts ?? [])].map((h) => h.toLowerCase()));
  const cloud = /^api-([a-z]+)\.myconnectwise\.net$/i.exec(config.site);
  if (cloud) hosts.add(`${cloud[1]!.toLowerCase()}.myconnectwise.net`);
  return hosts;
}
