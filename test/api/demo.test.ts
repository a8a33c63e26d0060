import { beforeAll, describe, expect, it } from 'vitest';
import { ClientsPageDocument } from '../../schema/generated/graphql.js';
import { seedDemoIfEmpty } from '../../api/demo/seed-demo.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let demoToken: string;

beforeAll(async () => {
  server = await startTestServer();
  const demo = await seedDemoIfEmpty(server.orm.em, server.sync);
  demoToken = demo!.token;
});

describe('the demo tenant', () => {
  it('lists the demo clients with their engagements and latest reviews', async () => {
    const { clients } = await server.ok(ClientsPageDocument, { first: 10 }, demoToken);
    expect(clients.nodes.map((c) => c.name)).toEqual(['Contoso Ltd', 'Northwind Oy', 'Wingtip Pty']);
    expect(clients.nodes.find((c) => c.name === 'Northwind Oy')?.engagements).toHaveLength(5);
    expect(clients.nodes.every((c) => c.latestReview?.status === 'HELD')).toBe(true);
  });

  it('shows another tenant none of them', async () => {
    const { token } = await server.tenantWithToken('not-the-demo');
    const { clients } = await server.ok(ClientsPageDocument, { first: 10 }, token);
    expect(clients.totalCount).toBe(0);
    expect(clients.nodes).toEqual([]);
  });

  it('is created only on an empty database', async () => {
    expect(await seedDemoIfEmpty(server.orm.em, server.sync)).toBeNull();
  });
});
