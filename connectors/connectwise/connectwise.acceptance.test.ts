import { connectorAcceptanceSuite } from '../sdk/testing/index.js';
import { startFakeConnectWise } from './fake/start-fake-connectwise.js';
import { connectwise } from './index.js';

// The shared suite against the fake tenant; a small page size makes every listing span several pages.
connectorAcceptanceSuite({
  connector: connectwise,
  async start() {
    const server = await startFakeConnectWise({ seed: 11, tickets: 240 });
    const config = { ...server.config, pageSize: 40 };
    const truth = server.truth();
    return {
      server,
      config,
      badCredentials: { ...config, privateKey: 'revoked-private-key' },
      expectedIds: {
        tickets: truth.tickets.map((ticket) => String(ticket.id)),
        survey_results: truth.surveyResults.map((result) => String(result.id)),
      },
    };
  },
  badConfig: {
    config: { site: 'not a host!', companyId: 'acme', publicKey: 'pub', privateKey: 'private-key-in-a-bad-config', clientId: 'guid' },
    field: 'site',
  },
});
