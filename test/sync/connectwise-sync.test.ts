import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnectWise, type FakeConnectWise } from '../../connectors/connectwise/fake/start-fake-connectwise.js';
import { SyncTrigger } from '../../api/sync/sync-trigger.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { storedCsat, storedState, truthCsat, truthState } from './support/connectwise-state.js';

let server: TestServer;
let cw: FakeConnectWise;
let admin: string;
let tenantId: string;
let clientId: string;
let otherClientId: string;
let instanceId: string;
const PRIVATE_KEY = 'cw-private-key-s3cret';

const sql = <T>(text: string, params: unknown[] = []) => server.orm.em.fork().getConnection().execute<T[]>(text, params);

async function sync() {
  return server.sync.engine.sync({ tenantId, instanceId, trigger: SyncTrigger.MANUAL });
}

const stored = () => storedState(server.orm.em, instanceId);
const truth = () => truthState(cw);

beforeAll(async () => {
  cw = await startFakeConnectWise({ tickets: 400, seed: 11, privateKey: PRIVATE_KEY, end: new Date(Date.now() - 10 * 60_000) });
  server = await startTestServer();
  ({ tenantId, token: admin } = await server.tenantWithToken('cw-msp'));
  const create = (name: string) => server.ok(`mutation($name: String!) { createClient(input: { name: $name, timeZone: "Europe/Helsinki" }) { id } }`, { name }, admin);
  clientId = ((await create('Acme')) as { createClient: { id: string } }).createClient.id;
  otherClientId = ((await create('Globex')) as { createClient: { id: string } }).createClient.id;
}, 60_000);

afterAll(async () => {
  await cw?.close();
});

describe('ConnectWise through the API and the sync engine', () => {
  it('installs an instance: config checked, secrets sealed and never returned', async () => {
    const bad = await server.graphql(`mutation($config: JSONObject!) { createConnectorInstance(input: { kind: "connectwise", name: "CW", config: $config }) { id } }`,
      { config: { ...cw.config, companyId: undefined, pageSize: 5000 } }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/config\.companyId: is required.*config\.pageSize: must be <= 1000/);
    expect(JSON.stringify(bad)).not.toContain(PRIVATE_KEY);

    const company = String(cw.ticket(1)!.company.id);
    const created = await server.ok(`mutation($config: JSONObject!, $mappings: JSONObject) {
        createConnectorInstance(input: { kind: "connectwise", name: "CW", config: $config, mappings: $mappings, requestsPerSecond: 500 }) {
          id config secretsConfigured mappings } }`,
      { config: { ...cw.config, pageSize: 50 }, mappings: { companies: { [company]: clientId } } }, admin) as { createConnectorInstance: { id: string; config: Record<string, unknown>; secretsConfigured: boolean } };
    instanceId = created.createConnectorInstance.id;
    expect(created.createConnectorInstance.secretsConfigured).toBe(true);
    expect(created.createConnectorInstance.config).not.toHaveProperty('privateKey');
    const [row] = await sql<{ config: object; secrets_ciphertext: Buffer }>('select config, secrets_ciphertext from connector_instance where id = ?', [instanceId]);
    expect(JSON.stringify(row!.config)).not.toContain(PRIVATE_KEY);
    expect(row!.secrets_ciphertext.toString('latin1')).not.toContain(PRIVATE_KEY);
    const listed = await server.ok(`{ connectorInstances { nodes { id config mappings secretsConfigured } } connectorKinds { id configSchema } }`, {}, admin);
    expect(JSON.stringify(listed)).not.toContain(PRIVATE_KEY);
  });

  it('tests the connection, and names bad credentials as an auth failure without echoing them', async () => {
    expect(await server.ok(`mutation($id: ID!) { testConnection(id: $id) { ok errorKind } }`, { id: instanceId }, admin))
      .toEqual({ testConnection: { ok: true, errorKind: null } });
    await server.ok(`mutation($id: ID!) { updateConnectorInstance(id: $id, input: { config: { privateKey: "wrong-key-123" } }) { id } }`, { id: instanceId }, admin);
    const failed = await server.ok(`mutation($id: ID!) { testConnection(id: $id) { ok errorKind message } }`, { id: instanceId }, admin) as { testConnection: { ok: boolean; errorKind: string; message: string } };
    expect(failed.testConnection).toMatchObject({ ok: false, errorKind: 'auth' });
    expect(failed.testConnection.message).not.toContain('wrong-key-123');
    await server.ok(`mutation($id: ID!) { updateConnectorInstance(id: $id, input: { config: { privateKey: "${PRIVATE_KEY}" } }) { id } }`, { id: instanceId }, admin);
  });

  it('syncs every ticket with its events; an unchanged re-sync writes nothing; changes are picked up', async () => {
    const first = await sync();
    expect(first.map((o) => o.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(first[0]).toMatchObject({ stream: 'tickets', read: 400, inserted: 400, updated: 0 });
    expect(await stored()).toEqual(truth());
    expect(await storedCsat(server.orm.em, instanceId)).toEqual(truthCsat(cw));

    const again = await sync();
    expect(again[0]).toMatchObject({ inserted: 0, updated: 0 });

    const changed = cw.changeTickets(0.1, new Date(Date.now() - 5 * 60_000));
    const third = await sync();
    expect(third[0]).toMatchObject({ inserted: 0, updated: changed.length });
    expect(await stored()).toEqual(truth());

    const runs = await server.ok(`query($id: ID!) { syncRuns(filter: { connectorInstanceId: $id }) { nodes { stream status trigger recordsRead recordsInserted recordsUpdated recordsUnchanged cursorAfter } } }`, { id: instanceId }, admin) as { syncRuns: { nodes: { stream: string; status: string }[] } };
    expect(runs.syncRuns.nodes).toHaveLength(6);
    expect(runs.syncRuns.nodes.every((r) => r.status === 'SUCCEEDED')).toBe(true);
  });

  it('shows the normalized tickets with their events in GraphQL, placed on the mapped client', async () => {
    const result = await server.ok(`query($client: ID!) { tickets(first: 100, filter: { clientId: $client }) { totalCount nodes { externalId sourceSystem status statusRaw tier events { kind fromRaw toRaw } } } }`,
      { client: clientId }, admin) as { tickets: { totalCount: number; nodes: { sourceSystem: string; events: unknown[] }[] } };
    expect(result.tickets.totalCount).toBeGreaterThan(0);
    expect(result.tickets.nodes.every((t) => t.sourceSystem === 'connectwise')).toBe(true);
    expect(result.tickets.nodes.some((t) => t.events.length > 0)).toBe(true);
  });

  it('re-places stored tickets when the company mapping changes', async () => {
    const company = String(cw.ticket(1)!.company.id);
    await server.ok(`mutation($id: ID!, $m: JSONObject!) { updateConnectorInstance(id: $id, input: { mappings: $m }) { id } }`,
      { id: instanceId, m: { companies: { [company]: otherClientId } } }, admin);
    const rows = await sql<{ client_id: string; n: string }>(`select client_id, count(*)::text as n from ticket where connector_instance_id = ? and company_ref = ? group by client_id`, [instanceId, company]);
    expect(rows).toEqual([{ client_id: otherClientId, n: expect.any(String) }]);
  });

  it('deletes tickets the vendor no longer lists, and refuses when the listing comes back short', async () => {
    cw.deleteTickets([5, 6, 7]);
    const [reconciled] = await server.sync.engine.reconcile({ tenantId, instanceId, trigger: SyncTrigger.MANUAL });
    expect(reconciled).toMatchObject({ status: 'SUCCEEDED', deleted: 3 });
    expect(await stored()).toEqual(truth());

    cw.deleteTickets(cw.truth().tickets.slice(0, 200).map((t) => t.id));
    const [refused] = await server.sync.engine.reconcile({ tenantId, instanceId, trigger: SyncTrigger.MANUAL });
    expect(refused).toMatchObject({ status: 'FAILED', deleted: 0, refused: expect.stringMatching(/refusing to delete/) });
    expect((await stored()).length).toBe(397);
  });

  it('takes signed callbacks as hints to re-fetch, and refuses forged ones', async () => {
    const url = `${server.url}/webhooks/connectwise/${instanceId}`;
    const [id] = cw.changeTickets(0.01);
    expect((await cw.sendCallback(url, id!)).status).toBe(202);
    await expect.poll(async () => (await stored()).find((t) => t.id === id)?.lastUpdated, { timeout: 10_000 })
      .toBe(truth().find((t) => t.id === id)?.lastUpdated);

    expect((await cw.sendCallback(url, id!, { signingKey: 'forged' })).status).toBe(401);
    expect((await cw.sendCallback(url, id!, { keyUrl: 'https://attacker.example/key' })).status).toBe(401);
    expect((await cw.sendCallback(`${server.url}/webhooks/connectwise/00000000-0000-4000-8000-000000000000`, id!)).status).toBe(404);
  });
});
