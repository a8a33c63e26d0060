/** One ConnectWise PSA connector instance's configuration; defaults are filled by `validateConfig`. */
export interface ConnectWiseConfig {
  /** API host, e.g. `api-na.myconnectwise.net` (cloud) or an on-premises FQDN. */
  site: string;
  /** Overrides `https://{site}/{codebase}/apis/3.0`, e.g. `http://127.0.0.1:4100/v4_6_release/apis/3.0` for the fake. */
  baseUrl?: string;
  /** Path prefix of the tenant's release; `GET https://{site}/login/companyinfo/{companyId}` reports it as `Codebase`. */
  codebase: string;
  /** The company id used at login (the part before `+` in the Basic credentials). */
  companyId: string;
  publicKey: string;
  privateKey: string;
  /** The integration's GUID from https://developer.connectwise.com/ClientID, sent as the `clientId` header. */
  clientId: string;
  /** Sent in `Accept: application/vnd.connectwise.com+json; version=<apiVersion>`. */
  apiVersion: string;
  /** Records per list request; ConnectWise caps it at 1,000 and defaults to 25 when it is omitted. */
  pageSize: number;
  /** Audit-trail requests in flight at once while enriching tickets. */
  historyConcurrency: number;
  /** Only tickets on these boards (by name); all boards when absent. */
  boards?: string[];
  /** Extra hosts trusted to serve a callback's `Metadata.key_url`, besides the instance's own host. */
  callbackSigningHosts?: string[];
  /** Survey point range used when a survey's questions do not give one. */
  csatScale?: { min: number; max: number };
}
