import { afterEach, describe, expect, it } from 'vitest';
import { createConnectorContext } from '../../sdk/index.js';
import type { CwTicket } from '../connectwise-records.js';
import { startFakeConnectWise, type FakeConnectWise } from '../fake/start-fake-connectwise.js';
import { connectwise } from '../index.js';
import { compareTickets } from './ticket-order.js';
import { readTickets } from './read-tickets.js';

describe('reading tickets while they change', () => {
  let cw: FakeConnectWise | undefined;
  afterEach(async () => {
    await cw?.close();
    cw = undefined;
  });

  it('loses nothing when tickets on read pages are updated mid-read, and reads the updated ones again', async () => {
    cw = await startFakeConnectWise({ tickets: 150, seed: 5 });
    const context = createConnectorContext(connectwise, { ...cw.config, pageSize: 20 });
    const seen: CwTicket[] = [];
    let updated: number[] = [];
    for await (const page of readTickets(context, { cursor: null })) {
      seen.push(...page);
      if (updated.length === 0) {
        // The first, a middle and the last ticket of the page just read move to the end of the listing.
        updated = [page[0]!.id, page[7]!.id, page[19]!.id];
        cw.updateTickets(updated);
        cw.addTickets(2);
      }
    }
    const truth = cw.truth();
    const ids = new Set(seen.map((t) => t.id));
    expect(truth.tickets.filter((t) => !ids.has(t.id)).map((t) => t.id), 'tickets never read').toEqual([]);
    for (const id of updated) {
      const last = seen.filter((t) => t.id === id).at(-1)!;
      expect(last._info?.lastUpdated, `ticket ${id} read at its new version`).toBe(truth.tickets.find((t) => t.id === id)!.lastUpdated);
    }
    expect(seen.every((t, i) => i === 0 || compareTickets(seen[i - 1]!, t) < 0), 'strictly in (lastUpdated, id) order').toBe(true);
    expect(cw.abandonedListings()).toEqual([]);
  });

  it('shows why page numbers are not used: the fake shifts pages like ConnectWise, so page 2 skips a ticket', async () => {
    cw = await startFakeConnectWise({ tickets: 60, seed: 5 });
    const headers = { Authorization: `Basic ${Buffer.from(`${cw.config.companyId}+${cw.config.publicKey}:${cw.config.privateKey}`).toString('base64')}`, clientId: cw.config.clientId };
    const page = async (n: number): Promise<CwTicket[]> =>
      (await fetch(`${cw!.apiRoot}/service/tickets?orderBy=lastUpdated asc, id asc&pageSize=20&page=${n}`, { headers })).json() as Promise<CwTicket[]>;
    const first = await page(1);
    cw.updateTickets([first[3]!.id]);
    const rest = [...(await page(2)), ...(await page(3)), ...(await page(4))];
    const read = new Set([...first, ...rest].map((t) => t.id));
    expect(cw.truth().tickets.filter((t) => !read.has(t.id))).toHaveLength(1);
  });
});
