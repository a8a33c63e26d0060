/**
 * Runs the fake ConnectWise on its own, so the demo or the CLI can sync from it:
 *
 *   npx tsx connectors/connectwise/fake/main.ts --port 4100 --tickets 20000 --seed 7
 *   node dist/connectors/connectwise/fake/main.js --port 4100      (after `npm run build`)
 *
 * Options: --port (default 4100; 0 picks a free one), --tickets (500), --seed (1), --company-id,
 * --public-key, --private-key, --client-id. Prints the connector config to use, then serves until
 * interrupted.
 */
import { parseArgs } from 'node:util';
import { startFakeConnectWise } from './start-fake-connectwise.js';

const { values } = parseArgs({
  options: {
    'port': { type: 'string', default: '4100' },
    'tickets': { type: 'string', default: '500' },
    'seed': { type: 'string', default: '1' },
    'company-id': { type: 'string' },
    'public-key': { type: 'string' },
    'private-key': { type: 'string' },
    'client-id': { type: 'string' },
  },
});

const fake = await startFakeConnectWise({
  port: Number(values.port),
  tickets: Number(values.tickets),
  seed: Number(values.seed),
  companyId: values['company-id'],
  publicKey: values['public-key'],
  privateKey: values['private-key'],
  clientId: values['client-id'],
});
process.stdout.write(`Fake ConnectWise serving ${values.tickets} tickets at ${fake.apiRoot}\n`);
process.stdout.write(`Connector config (connectwise):\n${JSON.stringify(fake.config, null, 2)}\n`);
const stop = (): void => {
  void fake.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
