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
}, 180_000);

describe('the demo tenant', () => {
  it('lists the demo clients with their engagements and latest reviews', async () => {
    const { clients } = await server.ok(ClientsPageDocument, { first: 10 }, demoToken);
    expect(clients.nodes.map((c) => c.name)).toEqual(['Contoso Ltd', 'Northwind Oy', 'Wingtip Pty']);
    expect(clients.nodes.find((c) => c.name === 'Northwind Oy')?.engagements).toHaveLength(5);
    expect(clients.nodes.every((c) => c.latestReview?.status === 'HELD')).toBe(true);
  });

  it('has a year of synced tickets and of held reviews with frozen snapshots, and a CSI item with measured impact', async () => {
    const data = await server.ok(`{ tickets(first: 1) { totalCount nodes { sourceSystem events { kind } } }
      connectorInstances { nodes { kind enabled lastSyncRun { status recordsInserted } } }
      serviceReviews(first: 100) { nodes { status snapshot { id } } }
      csiItems { nodes { status impact { __typename } } } }`, {}, demoToken) as {
      tickets: { totalCount: number; nodes: { sourceSystem: string }[] };
      connectorInstances: { nodes: { kind: string; enabled: boolean; lastSyncRun: { status: string; recordsInserted: number } }[] };
      serviceReviews: { nodes: { status: string; snapshot: { id: string } | null }[] };
      csiItems: { nodes: { status: string; impact: unknown }[] };
    };
    expect(data.tickets.totalCount).toBeGreaterThan(1000);
    expect(data.tickets.nodes[0]!.sourceSystem).toBe('connectwise');
    expect(data.connectorInstances.nodes).toEqual([{ kind: 'connectwise', enabled: false, lastSyncRun: expect.objectContaining({ status: 'SUCCEEDED' }) }]);
    const held = data.serviceReviews.nodes.filter((r) => r.status === 'HELD');
    expect(held.length).toBeGreaterThanOrEqual(12);
    expect(held.every((r) => r.snapshot !== null)).toBe(true);
    expect(data.csiItems.nodes.some((i) => i.status === 'DONE' && i.impact !== null)).toBe(true);
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
