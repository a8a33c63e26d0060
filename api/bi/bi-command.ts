import { Command } from 'commander';
import { withRuntime } from '../cli/runtime.js';
import { grantBiReader } from './grant-bi-reader.js';
import { revokeBiReader } from './revoke-bi-reader.js';

/**
 * `quarterdeck bi grant --tenant <slug> [--client <id>]`: a read-only database role for BI tools,
 * printing only its connection URL (the password is never shown again).
 * `quarterdeck bi revoke <role> --tenant <slug>`: drops one.
 */
export function biCommand(): Command {
  const bi = new Command('bi').description('database roles for BI tools (Power BI, Metabase, Tableau) on the read-only bi views');
  bi.command('grant')
    .description("create a read-only login role that sees one tenant's (or one client's) rows; prints its connection URL once")
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--client <id>', 'bind the role to one client')
    .action(async (options: { tenant: string; client?: string }) => {
      const grant = await withRuntime((rt) => grantBiReader(rt.orm.em, rt.db.url, { tenantSlug: options.tenant, clientId: options.client }));
      console.log(grant.url);
    });
  bi.command('revoke <role>')
    .description('drop a BI role made by `bi grant`')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (role: string, options: { tenant: string }) => {
      await withRuntime((rt) => revokeBiReader(rt.orm.em, options.tenant, role));
      console.log(`dropped ${role}`);
    });
  return bi;
}
