import type { Connector, ConnectorContext } from '../connector.js';
import type { FakeVendorServer } from '../fake/fake-vendor.js';

/** What a connector's test starts for the suite: its fake vendor with a fixed scenario, and what to expect. */
export interface AcceptanceFixture {
  server: FakeVendorServer;
  /** A config for this server that `check` and `read` accept. */
  config: Record<string, unknown>;
  /** `config` with credentials the fake refuses. */
  badCredentials: Record<string, unknown>;
  /** For every stream, by name: the primary keys a full read must yield. */
  expectedIds: Record<string, string[]>;
}

export interface AcceptanceSuiteOptions<Config> {
  connector: Connector<Config>;
  /** Starts the fake vendor once for the suite; the suite closes it. */
  start(): Promise<AcceptanceFixture>;
  /** A config the spec must reject, and the field the error must name. */
  badConfig: { config: Record<string, unknown>; field: string };
}

/** What the suite's parts share. */
export interface AcceptanceHarness<Config> {
  options: AcceptanceSuiteOptions<Config>;
  /** The started fixture, its faults cleared and counters reset before each test. */
  fixture(): AcceptanceFixture;
  /** A context as the sync engine builds it, on `config` (the fixture's by default), logging to the suite's memory. */
  context(config?: Record<string, unknown>): ConnectorContext<Config>;
  /** Every x-secret value in the configs the suite uses: none may appear in an error message or log line. */
  secrets(): string[];
}
