import { describe, expect, it } from 'vitest';
import type { Connector, Stream, StreamState } from '../connector.js';
import { ConnectorError } from '../connector-error.js';
import { startFakeVendor } from '../fake/start-fake-vendor.js';
import { caught } from '../testing/caught.js';
import { createMemoryLogger } from '../testing/memory-logger.js';
import { acmeDesk } from '../testing/example/acme-desk-connector.js';
import { createConnectorContext } from './connector-context.js';
import { readAll } from './read-all.js';

describe('createConnectorContext', () => {
  it('validates the config, fills its defaults and builds the client from httpOptions', async () => {
    const server = await startFakeVendor({
      routes: [{ method: 'GET', path: '/api/v1/me', handle: (request) => ({ status: 200, body: { auth: request.headers.authorization } }) }],
      authenticate: () => null,
    });
    try {
      const signal = new AbortController().signal;
      const context = createConnectorContext(acmeDesk, { baseUrl: server.origin, token: 'tok-123' }, { signal });
      expect(context.config).toEqual({ baseUrl: server.origin, token: 'tok-123', pageSize: 50 });
      expect(context.signal).toBe(signal);
      expect((await context.http.request({ url: '/api/v1/me' })).data).toEqual({ auth: 'Token tok-123' });
    } finally {
      await server.close();
    }
  });

  it("throws 'config' for a config the spec rejects, naming the field but not the secret", async () => {
    const error = await caught<ConnectorError>(() => createConnectorContext(acmeDesk, { baseUrl: 'nowhere', token: 'tok-123', colour: 'red' }));
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe('config');
    expect(error.message).toContain('config.baseUrl');
    expect(error.message).toContain('config.colour: is not a known field');
    expect(error.message).not.toContain('tok-123');
  });

  it('redacts every x-secret config value, even one the connector forgot to list in secrets', async () => {
    const server = await startFakeVendor({
      routes: [], authenticate: (request) => ({ status: 401, body: { message: `bad token ${String(request.headers.authorization)}` } }),
    });
    try {
      const forgetful: Connector<{ baseUrl: string; token: string; pageSize: number }> = {
        ...acmeDesk,
        httpOptions: (config) => ({ baseURL: config.baseUrl, headers: { 'x-token': config.token }, secrets: [] }),
      };
      const memory = createMemoryLogger();
      const context = createConnectorContext(forgetful, { baseUrl: server.origin, token: 'tok-123' }, { log: memory.log });
      const error = await caught<ConnectorError>(context.http.request({ url: '/me', headers: { authorization: 'tok-123' } }));
      expect(error.message).toBe('GET /me failed: 401 Unauthorized; the vendor said "bad token [redacted]"');
    } finally {
      await server.close();
    }
  });
});

describe('readAll', () => {
  type Row = { id: string; at: string; detail?: string };
  const pages: Row[][] = [[{ id: 'a', at: '2025-01-01T00:00:00Z' }, { id: 'b', at: '2025-01-03T00:00:00Z' }], [], [{ id: 'c', at: '2025-01-02T00:00:00Z' }]];
  const enriched: string[][] = [];
  const stream: Stream<unknown, Row> = {
    name: 'rows', primaryKey: 'id', cursorField: 'at', ordered: false, cursorType: 'instant',
    async *read(_context, state) {
      expect(state).toEqual({ cursor: null, extra: 1 });
      yield* pages;
    },
    enrich: async (_context, rows) => {
      enriched.push(rows.map((row) => row.id));
      return rows.map((row) => ({ ...row, detail: `detail of ${row.id}` }));
    },
    version: (row) => ({ id: row.id, updatedAt: new Date(row.at) }),
    advance: (state: StreamState, row) => (state.cursor !== null && state.cursor >= row.at ? state : { ...state, cursor: row.at }),
    normalize: () => {
      throw new Error('not used');
    },
  };

  it('reads every page, enriches the non-empty ones and folds the state through advance', async () => {
    const { records, state } = await readAll(stream, { config: {}, http: { request: () => Promise.reject(new Error('no http')) }, log: createMemoryLogger().log }, { cursor: null, extra: 1 });
    expect(records.map((row) => row.detail)).toEqual(['detail of a', 'detail of b', 'detail of c']);
    expect(enriched).toEqual([['a', 'b'], ['c']]);
    expect(state).toEqual({ cursor: '2025-01-03T00:00:00Z', extra: 1 });
  });
});
