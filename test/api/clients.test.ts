import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ token } = await server.tenantWithToken('acme'));
});

describe('clients', () => {
  it('creates, lists, updates and archives a client', async () => {
    const created = await server.ok<{ createClient: { id: string; name: string } }, object>(
      `mutation($input: CreateClientInput!) { createClient(input: $input) { id name timeZone } }`,
      { input: { name: 'Northwind', timeZone: 'Europe/Helsinki', endpointCount: 120 } },
      token,
    );
    const id = created.createClient.id;
    const list = await server.ok<{ clients: { nodes: { id: string }[]; totalCount: number } }, object>(
      `{ clients(first: 10) { nodes { id name } totalCount } }`, {}, token);
    expect(list.clients.nodes.map((n) => n.id)).toEqual([id]);
    expect(list.clients.totalCount).toBe(1);
    await server.ok(`mutation($id: ID!) { updateClient(id: $id, input: { name: "Northwind Oy" }) { name } }`, { id }, token);
    await server.ok(`mutation($id: ID!) { archiveClient(id: $id) { archivedAt } }`, { id }, token);
    const after = await server.ok<{ clients: { nodes: unknown[] } }, object>(`{ clients { nodes { id } } }`, {}, token);
    expect(after.clients.nodes).toEqual([]);
  });

  it('rejects a bad time zone naming the field', async () => {
    const result = await server.graphql(
      `mutation { createClient(input: { name: "X", timeZone: "Mars/Olympus" }) { id } }`, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('timeZone');
  });

  it('maps a duplicate name to a clear conflict, without SQL', async () => {
    const input = { name: 'Dup', timeZone: 'UTC' };
    await server.ok(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input }, token);
    const again = await server.graphql(`mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`, { input }, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('a client with this name already exists');
  });

  it('refuses requests without a valid token', async () => {
    const none = await server.graphql(`{ clients { nodes { id } } }`);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
