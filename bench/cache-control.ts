// Apollo's cache-control plugin is on by default and walks every resolved field even when no cache
// hints are set. This measures requests/s with it (Apollo's default) and with it disabled (what
// api/http/app.ts does), side by side in one run, on a page-of-records shaped query.
// Usage: npm run bench:cache-control [-- --seconds 3]
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema } from 'graphql';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;

const schema = buildSchema(`
  type Engagement { id: ID! level: String! cadence: String! }
  type Client { id: ID! name: String! timeZone: String! endpointCount: Int engagements: [Engagement!]! }
  type Query { clients(first: Int!): [Client!]! }
`);
const rows = Array.from({ length: 100 }, (_, i) => ({
  id: `c${i}`, name: `Client ${i}`, timeZone: 'Europe/Helsinki', endpointCount: i,
  engagements: [1, 2, 3].map((j) => ({ id: `e${i}-${j}`, level: 'MONTHLY_SERVICE_REVIEW', cadence: 'FREQ=MONTHLY' })),
}));
const rootValue = { clients: ({ first }: { first: number }) => rows.slice(0, first) };
const query = '{ clients(first: 100) { id name timeZone endpointCount engagements { id level cadence } } }';

async function requestsPerSecond(server: ApolloServer): Promise<number> {
  await server.start();
  const run = () => server.executeOperation({ query }, { contextValue: {} });
  for (let i = 0; i < 200; i++) await run(); // warm-up
  let done = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    await run();
    done++;
  }
  await server.stop();
  return done / seconds;
}

const withPlugin = await requestsPerSecond(new ApolloServer({ schema, rootValue }));
const without = await requestsPerSecond(new ApolloServer({ schema, rootValue, plugins: [ApolloServerPluginCacheControlDisabled()] }));
console.log(`cache-control on  (Apollo default): ${withPlugin.toFixed(0)} requests/s`);
console.log(`cache-control off (Quarterdeck):    ${without.toFixed(0)} requests/s`);
console.log(`cache_control_on_rps=${withPlugin.toFixed(0)} cache_control_off_rps=${without.toFixed(0)} off_vs_on=${(without / withPlugin).toFixed(2)} cost_of_plugin=${(1 - withPlugin / without).toFixed(2)}`);
