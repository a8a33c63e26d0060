import { connectorAcceptanceSuite } from '../index.js';
import { acmeDesk } from './acme-desk-connector.js';
import { startAcmeDeskFake } from './acme-desk-fake.js';
import { acmeScenario } from './acme-scenario.js';

// The whole test file of a connector: its fake vendor, a scenario, and the shared acceptance suite.
connectorAcceptanceSuite({
  connector: acmeDesk,
  async start() {
    const scenario = acmeScenario({ seed: 7, tickets: 25 });
    const server = await startAcmeDeskFake(scenario);
    const config = { baseUrl: server.origin, token: scenario.token, pageSize: 10 };
    return {
      server,
      config,
      badCredentials: { ...config, token: 'acme-token-revoked' },
      expectedIds: { tickets: scenario.tickets.map((ticket) => String(ticket.id)) },
    };
  },
  badConfig: { config: { baseUrl: 'not a url', token: 'acme-token-in-a-bad-config' }, field: 'baseUrl' },
});
