import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { DomainError } from '../graphql/errors.js';
import { ConfigError } from '../config/config.js';
import { Role } from '../tenancy/role.js';
import { createTenant, createToken, revokeToken } from '../tenancy/tenant-admin.js';
import { seedDemoIfEmpty } from '../demo/seed-demo.js';
import { openRuntime, type Runtime } from './runtime.js';
import { serve } from './serve.js';

/** Runs `work` on a runtime that is closed afterwards (the embedded database too, if started here). */
async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime({ logLevel: process.env.LOG_LEVEL ?? 'warn' });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

const program = new Command('quarterdeck')
  .description('Quarterdeck: service reviews between MSPs and their clients, over GraphQL')
  .showHelpAfterError(false)
  .exitOverride();

program.command('serve').description('serve the GraphQL API (migrations apply first)').action(async () => {
  const runtime = await openRuntime();
  const url = await serve(runtime);
  runtime.logger.info(`GraphQL API at ${url}/graphql`);
});

program
  .command('start')
  .description('migrate, create the demo tenant on an empty database, and serve')
  .action(async () => {
    const runtime = await openRuntime();
    const demo = await seedDemoIfEmpty(runtime.orm.em);
    const url = await serve(runtime);
    console.log(`\nQuarterdeck is serving GraphQL at ${url}/graphql`);
    if (demo) {
      console.log(`Demo tenant "${demo.tenantSlug}" created. Its MSP_ADMIN token (shown once):\n\n  ${demo.token}\n`);
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed its one-line message (or help / version, which exit 0).
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  const known = error instanceof DomainError || error instanceof ConfigError;
  console.error(`quarterdeck: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
  process.exit(1);
}
