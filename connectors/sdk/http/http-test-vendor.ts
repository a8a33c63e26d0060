import { afterEach } from 'vitest';
import type { FakeRoute, FakeVendorOptions, FakeVendorServer } from '../fake/fake-vendor.js';
import { startFakeVendor } from '../fake/start-fake-vendor.js';
import { createMemoryLogger, type MemoryLogger } from '../testing/memory-logger.js';
import { createHttpClient, type HttpClientOptions } from './create-http-client.js';
import type { HttpClient } from '../http-client.js';

export const TOKEN = 's3cr3t/T0ken+x';

/** Starts fake vendors for one test file's tests, closed after each test. */
export function testVendors(): (routes: FakeRoute[], options?: Partial<FakeVendorOptions>) => Promise<FakeVendorServer> {
  const servers: FakeVendorServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (routes, options) => {
    const server = await startFakeVendor({
      routes, authenticate: () => null, errorBody: (status) => ({ message: `fake vendor ${status}` }), ...options,
    });
    servers.push(server);
    return server;
  };
}

export interface TestClient {
  http: HttpClient;
  /** The waits the client asked for, in order; the injected sleep returns at once. */
  sleeps: number[];
  memory: MemoryLogger;
}

/**
 * A client on `<origin>/api` with a bearer token, the jitter draw fixed at 0.5 and instant sleeps.
 *
 * @example
 * const { http, sleeps } = testClient(server, { retry: { maxAttempts: 3 } });
 */
export function testClient(server: FakeVendorServer, overrides: Partial<HttpClientOptions> = {}): TestClient {
  const sleeps: number[] = [];
  const memory = createMemoryLogger();
  const http = createHttpClient({
    baseURL: `${server.origin}/api`,
    headers: { authorization: `Bearer ${TOKEN}` },
    secrets: [TOKEN],
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    log: memory.log,
    ...overrides,
  });
  return { http, sleeps, memory };
}
