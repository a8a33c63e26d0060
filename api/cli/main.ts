import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { isConnectorError } from '../../connectors/sdk/index.js';
import { DomainError } from '../graphql/errors.js';
import { SecretDecryptionError } from '../secrets/secret-box.js';
import { SyncAlreadyRunningError } from '../sync/engine/instance-lock.js';
import { ConfigError } from '../config/config.js';
import { Role } from '../tenancy/role.js';
import { createTenant, createToken, revokeToken } from '../tenancy/tenant-admin.js';
import { seedDemoIfEmpty } from '../demo/seed-demo.js';
import { openRuntime, withRuntime, withServices } from './runtime.js';
import { connectorsCommand } from './connectors/connectors-command.js';
import { keysCommand } from './keys-command.js';
import { workerCommand } from './worker-command.js';
import { biCommand } from '../bi/bi-command.js';
import { serve } from './serve.js';
import { startServices } from './start-services.js';


const program = new Command('quarterdeck')
  .description('Quarterdeck: service reviews between MSPs and their clients, over GraphQL')
  .showHelpAfterError(false)
  .exitOverride();

program.command('serve').description('serve the GraphQL API and work the sync queues (QD_JOBS=off: serve only)').action(async () => {
  const runtime = await openRuntime();
  const url = await serve(runtime, await startServices(runtime, runtime.config.jobs));
  runtime.logger.info(`GraphQL API at ${url}/graphql`);
});

program
  .command('start')
  .description('migrate, create the demo tenant on an empty database, and serve')
  .action(async () => {
    const runtime = await openRuntime();
    const services = await startServices(runtime, runtime.config.jobs);
    const demo = await seedDemoIfEmpty(runtime.orm.em, services.sync);
    const url = await serve(runtime, services);
    console.log(`\nQuarterdeck is serving GraphQL at ${url}/graphql`);
    if (demo) {
      console.log(`Demo tenant "${demo.tenantSlug}" created. Its MSP_ADMIN token (shown once):\n\n  ${demo.token}\n`);
      if (demo.qbrReviewId) {
        console.log(`The latest QBR report (open qbr.html in a browser; ?format=pdf for a PDF):\n\n  curl -s ${url}/reports/reviews/${demo.qbrReviewId} -H 'authorization: Bearer ${demo.token}' > qbr.html\n`);
      }
      console.log(`Try: curl -s ${url}/graphql -H 'content-type: application/json' -H 'authorization: Bearer ${demo.token}' \\\n  -d '{"query":"{ clients { nodes { name engagements { level cadence } } } }"}'\n`);
    } else {
      console.log('The database already has data: serving it as it is (make a token with `quarterdeck token create`).');
    }
  });

program.command('migrate').description('apply pending database migrations').action(async () => {
  await withRuntime(async () => undefined);
  console.log('migrations are up to date');
});

const tenant = program.command('tenant').description('manage tenants (MSPs)');
tenant
  .command('create <slug>')
  .description('create a tenant; prints its id')
  .option('--name <name>', 'display name (default: the slug)')
  .action(async (slug: string, options: { name?: string }) => {
    const created = await withRuntime((rt) => createTenant(rt.orm.em, slug, options.name ?? slug));
    console.log(created.id);
  });

const token = program.command('token').description('manage API tokens');
token
  .command('create')
  .description('create an API token; prints only the token, which is never shown again')
  .requiredOption('--tenant <slug>', 'tenant slug')
  .addOption(new Option('--role <role>', 'what the token may do').choices(Object.values(Role)).makeOptionMandatory())
  .option('--client <id>', 'the client a CLIENT_VIEWER token is bound to')
  .option('--name <name>', 'a label for the token')
  .action(async (options: { tenant: string; role: Role; client?: string; name?: string }) => {
    const { token: secret } = await withRuntime((rt) =>
      createToken(rt.orm.em, { tenantSlug: options.tenant, role: options.role, clientId: options.client, name: options.name }));
    console.log(secret);
  });
token
  .command('revoke <tokenId>')
  .description('revoke an API token by id')
  .requiredOption('--tenant <slug>', 'tenant slug')
  .action(async (tokenId: string, options: { tenant: string }) => {
    const revoked = await withRuntime((rt) => revokeToken(rt.orm.em, options.tenant, tokenId));
    console.log(`revoked ${revoked.id}`);
  });

program.addCommand(connectorsCommand(withServices));
program.addCommand(keysCommand());
program.addCommand(workerCommand());
program.addCommand(biCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed its one-line message (or help / version, which exit 0).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  const known = error instanceof DomainError || error instanceof ConfigError || isConnectorError(error)
    || error instanceof SyncAlreadyRunningError || error instanceof SecretDecryptionError;
  console.error(`quarterdeck: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
  process.exit(1);
}
