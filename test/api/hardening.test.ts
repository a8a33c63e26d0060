import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config/config.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let dev: TestServer;
let prod: TestServer;
let devToken: string;
let prodToken: string;

beforeAll(async () => {
  dev = await startTestServer();
  prod = await startTestServer({ env: { NODE_ENV: 'production', QD_INTROSPECTION: 'true', QD_STACKTRACES: 'true' } });
  devToken = (await dev.tenantWithToken('dev')).token;
  prodToken = (await prod.tenantWithToken('prod')).token;
});

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((e) => e.extensions?.code);

describe('configuration', () => {
  it('turns introspection and stack traces off in production whatever else is set', () => {
    const config = loadConfig({ NODE_ENV: 'production', QD_INTROSPECTION: 'true', QD_STACKTRACES: 'true' });
    expect(config.introspection).toBe(false);
    expect(config.includeStacktrace).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
  });

  it('names a bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be an integer port number between 0 and 65535, got "eighty"');
  });
});

describe('introspection, stack traces and suggestions', () => {
  it('allows introspection in development and refuses it in production', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await dev.graphql(query, {}, devToken)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const refused = await prod.graphql(query, {}, prodToken);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('includes stack traces in development only', async () => {
    const query = '{ clientz { nodes { id } } }';
    expect((await dev.graphql(query, {}, devToken)).errors?.[0]?.extensions?.stacktrace).toBeDefined();
    const inProd = await prod.graphql(query, {}, prodToken);
    expect(inProd.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    expect(inProd.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('query limits', () => {
  it('refuses a query deeper than the limit', async () => {
    let nested = 'id';
    for (let i = 0; i < 6; i++) nested = `engagements { client { ${nested} } }`;
    const result = await dev.graphql(`{ clients { nodes { ${nested} } } }`, {}, devToken);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const result = await dev.graphql(`{ ${aliases} }`, {}, devToken);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: 3100 }, () => 'role').join(' ');
    const result = await dev.graphql(`{ viewer { ${fields} } }`, {}, devToken);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  it('costs a list as its child cost times first', async () => {
    const deep = '{ clients(first: 100) { nodes { engagements { reviews { csiItems { targetKpis { id name } } } } } } }';
    const result = await dev.graphql(deep, {}, devToken);
    expect(codes(result)).toEqual(['QUERY_TOO_COSTLY']);
    const small = await dev.graphql('{ clients(first: 5) { nodes { engagements { reviews { id } } } } }', {}, devToken);
    expect(small.errors).toBeUndefined();
  });

  it('caps first at 100, naming the argument', async () => {
    const result = await dev.graphql('{ clients(first: 101) { nodes { id } } }', {}, devToken);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('first');
  });

  it('rejects a cursor it did not issue', async () => {
    const result = await dev.graphql('{ clients(after: "bogus") { nodes { id } } }', {}, devToken);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('after: is not a cursor returned by this API');
  });
});

describe('HTTP', () => {
  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { authorization: `Bearer ${devToken}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('answers health and readiness', async () => {
    expect(await (await fetch(`${dev.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${dev.url}/readyz`)).json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('serves GraphiQL from node_modules in development, not in production', async () => {
    const page = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql-assets/graphiql/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(`${dev.url}/graphiql-assets/graphiql/graphiql.min.js`)).status).toBe(200);
    expect((await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } })).status).not.toBe(200);
  });
});
