import type { ConnectorLogger } from './logger.js';
import type { HttpClient, HttpOptions, RateLimit } from './http-client.js';
import type { NormalizedCsat, NormalizedTicket, PriorityValue, StatusCategoryValue, TicketTypeValue, TierValue } from './model.js';

/**
 * The connector contract, after Airbyte's `spec` + `check` + `streams`: a connector is a declaration plus
 * pure mapping code. It imports only this SDK.
 *
 * @example
 * const connector: Connector<MyConfig> = { id: 'acme', title: 'Acme Desk', spec, defaultMappings,
 *   httpOptions: (config) => ({ baseURL: config.url, headers: {...}, secrets: [config.token] }),
 *   check: async ({ http }) => { await http.request({ url: '/me' }); },
 *   streams: [tickets] };
 */
export interface Connector<Config = Record<string, unknown>> {
  /** Stable id, also the ticket's `source_system` (e.g. `connectwise`). */
  id: string;
  title: string;
  spec: ConnectorSpec;
  /** Vendor values mapped onto the shared enums; an instance's own mappings override these. */
  defaultMappings: Mappings;
  /** Requests per second the vendor tolerates for one instance, unless the instance config says otherwise. */
  rateLimit: RateLimit;
  httpOptions(config: Config): HttpOptions;
  /** One minimal authenticated call; throws a ConnectorError (`auth` on bad credentials). */
  check(context: ConnectorContext<Config>): Promise<void>;
  streams: Stream<Config, any>[];
  /** Push notifications, used only as a hint of which tickets to re-fetch. */
  webhook?: WebhookReceiver<Config>;
}

/**
 * A connector's configuration as JSON Schema (draft 2020-12 subset that Ajv checks). Secret fields carry
 * `"x-secret": true`: they are encrypted at rest, never returned by the API, and never echoed in errors.
 */
export interface ConnectorSpec {
  configSchema: JsonSchemaObject;
  /** A config that passes the schema, for docs and the acceptance suite (secrets are placeholders). */
  sampleConfig: Record<string, unknown>;
}

export interface JsonSchemaObject {
  type: 'object';
  properties: Record<string, Record<string, unknown>>;
  required?: string[];
  additionalProperties?: boolean;
  [keyword: string]: unknown;
}

/** Vendor value (matched exactly, then case-insensitively) -> shared enum; `companies` maps vendor company ids to client ids. */
export interface Mappings {
  statuses: Record<string, StatusCategoryValue>;
  priorities: Record<string, PriorityValue>;
  tiers: Record<string, TierValue>;
  types: Record<string, TicketTypeValue>;
  companies: Record<string, string>;
}

export interface ConnectorContext<Config> {
  config: Config;
  http: HttpClient;
  log: ConnectorLogger;
  signal?: AbortSignal;
}

/** Small, forward-only stream state. `cursor` is an ISO-8601 instant or null before the first read. */
export interface StreamState {
  cursor: string | null;
  [connectorField: string]: unknown;
}

/**
 * One stream of records. `read` yields pages; the sync engine commits each page's rows together with
 * the state `advance` gives after its last record, so a page is the unit of progress.
 */
export interface Stream<Config, Raw> {
  name: string;
  /** Field of the raw record that identifies it at the vendor. */
  primaryKey: string;
  /** Field of the raw record the cursor follows. */
  cursorField: string;
  /** True when `read` yields records in cursor order, so state may advance after every page. */
  ordered: boolean;
  /**
   * `instant`: the cursor is an ISO-8601 time; the engine re-reads an overlap window before it and never
   * lets it pass now minus a safety margin. `sequence`: a vendor id that only grows; used as is.
   */
  cursorType: 'instant' | 'sequence';
  /** Records whose cursor is at or after `state.cursor` (all records when it is null), page by page. */
  read(context: ConnectorContext<Config>, state: StreamState): AsyncIterable<Raw[]>;
  /**
   * Optional second phase: fetch the per-record details (history, notes) only for the records the engine
   * found newer than what it stores, so an unchanged re-read costs no detail requests.
   */
  enrich?(context: ConnectorContext<Config>, records: Raw[]): Promise<Raw[]>;
  /** The record's primary key and source update time, so the engine can skip unchanged rows before `enrich`. */
  version(record: Raw): { id: string; updatedAt: Date };
  /** The state after `record` has been stored. Pure; never moves the cursor backwards. */
  advance(state: StreamState, record: Raw): StreamState;
  /** Pure: the raw record in the shared model. Unmapped vendor values go to `unmapped`, never to a silent default. */
  normalize(record: Raw, mappings: Mappings): NormalizedRecord;
  /** How many records `read(state)` will yield, when the vendor can tell cheaply (progress bars and SyncRun.progress). */
  count?(context: ConnectorContext<Config>, state: StreamState): Promise<number | null>;
  /** Every primary key the vendor holds now, page by page, for deletion reconciliation. */
  listIds?(context: ConnectorContext<Config>): AsyncIterable<string[]>;
  /** One record by primary key (null when the vendor no longer has it), for webhook hints. */
  fetchOne?(context: ConnectorContext<Config>, id: string): Promise<Raw | null>;
}

export type NormalizedRecord =
  | { kind: 'ticket'; ticket: NormalizedTicket }
  | { kind: 'csat'; ticketExternalId: string; csat: NormalizedCsat };

/** An incoming webhook request, with the raw body exactly as received (signatures cover the bytes). */
export interface WebhookRequest {
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
}

export interface WebhookReceiver<Config> {
  /** Verifies the request and names the tickets to re-fetch; throws ConnectorError(`auth`) when it does not verify. */
  receive(context: ConnectorContext<Config>, request: WebhookRequest): Promise<{ stream: string; ids: string[] }>;
}
