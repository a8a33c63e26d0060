import { Command, Option } from 'commander';
import { inTenantTransaction } from '../../db/tenant-scope.js';
import { createContext } from '../../graphql/context.js';
import { ConnectorInstance } from '../../sync/connector-instance.entity.js';
import { ConnectorInstanceService } from '../../sync/instances/connector-instance.service.js';
import { SyncTrigger } from '../../sync/sync-trigger.js';
import type { WithServices } from '../runtime.js';
import { cliViewer } from '../tenant-viewer.js';
import { findInstance } from './find-instance.js';
import { parseConfigPairs } from './parse-config-pairs.js';
import { SyncProgressBar } from './sync-progress-bar.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `quarterdeck connectors list | add | test | sync`: the same services as the API, as the tenant's admin. */
export function connectorsCommand(withServices: WithServices): Command {
  const command = new Command('connectors').description('install, test and sync connectors');

  command.command('list').description('the connectors this build can run, and a tenant\'s instances')
    .option('--tenant <slug>', 'also list this tenant\'s instances')
    .action(async (options: { tenant?: string }) => withServices(async ({ runtime, sync }) => {
      for (const c of sync.registry.list()) console.log(`${c.id.padEnd(14)} ${c.title}`);
      if (!options.tenant) return;
      const viewer = await cliViewer(runtime.orm.em, options.tenant);
      const instances = await inTenantTransaction(runtime.orm.em, { tenantId: viewer.tenantId }, (em) =>
        em.find(ConnectorInstance, { tenantId: viewer.tenantId, archivedAt: null }, { orderBy: { name: 'asc' } }));
      console.log(`\n${instances.length} instance(s) in ${options.tenant}:`);
      for (const i of instances) console.log(`  ${i.id}  ${i.kind.padEnd(12)} ${i.name}${i.enabled ? '' : ' (disabled)'}  every ${i.syncIntervalMinutes} min`);
    }));

  command.command('add <kind>').description('install a connector for a tenant (config checked against its spec)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--name <name>', 'a name for this instance')
    .option('--config <key=value>', 'a config field (repeatable)', collect, [])
    .option('--config-json <json>', 'the whole config as JSON')
    .option('--mappings-json <json>', 'mapping overrides: {"statuses":{...},"companies":{"<vendor id>":"<client id>"}}')
    .addOption(new Option('--interval <minutes>', 'minutes between scheduled syncs').argParser(Number))
    .action(async (kind: string, options: { tenant: string; name: string; config: string[]; configJson?: string; mappingsJson?: string; interval?: number }) =>
      withServices(async ({ runtime, sync }) => {
        const viewer = await cliViewer(runtime.orm.em, options.tenant);
        const config = { ...(options.configJson ? JSON.parse(options.configJson) : {}), ...parseConfigPairs(options.config) };
        const instance = await inTenantTransaction(runtime.orm.em, { tenantId: viewer.tenantId }, (em) =>
          new ConnectorInstanceService(createContext(viewer, em, sync)).create({
            kind, name: options.name, config, mappings: options.mappingsJson ? JSON.parse(options.mappingsJson) : null,
            syncIntervalMinutes: options.interval ?? null,
          }));
        console.log(instance.id);
      }));

  command.command('test <instance>').description('one authenticated call to the vendor (instance name or id)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (name: string, options: { tenant: string }) => withServices(async ({ runtime, sync }) => {
      const viewer = await cliViewer(runtime.orm.em, options.tenant);
      const result = await inTenantTransaction(runtime.orm.em, { tenantId: viewer.tenantId }, async (em) => {
        const instance = await findInstance(em, viewer.tenantId, name);
        return new ConnectorInstanceService(createContext(viewer, em, sync)).test(instance.id);
      });
      if (!result.ok) throw new Error(`connection failed (${result.errorKind}): ${result.message}`);
      console.log('connection ok');
    }));

  command.command('sync <instance>').description('sync an instance now, with progress (instance name or id)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--stream <name>', 'only this stream (repeatable)', collect, [])
    .option('--reconcile', 'then delete the tickets the vendor no longer lists (guarded against short listings)')
    .option('--json', 'print the outcome as one JSON line (for scripts)')
    .action(async (name: string, options: { tenant: string; stream: string[]; reconcile?: boolean; json?: boolean }) => withServices(async ({ runtime, sync }) => {
      const viewer = await cliViewer(runtime.orm.em, options.tenant);
      const instance = await inTenantTransaction(runtime.orm.em, { tenantId: viewer.tenantId }, (em) => findInstance(em, viewer.tenantId, name));
      const bar = new SyncProgressBar(!options.json && Boolean(process.stderr.isTTY));
      const started = Date.now();
      const request = { tenantId: viewer.tenantId, instanceId: instance.id, trigger: SyncTrigger.CLI };
      const outcomes = await sync.engine.sync({
        ...request, streams: options.stream.length ? options.stream : undefined, onProgress: (p) => bar.update(p),
      }).finally(() => bar.stop());
      const deletions = options.reconcile && outcomes.every((o) => o.status === 'SUCCEEDED') ? await sync.engine.reconcile(request) : [];
      const failed = outcomes.some((o) => o.status !== 'SUCCEEDED') || deletions.some((d) => d.status !== 'SUCCEEDED');
      if (failed) process.exitCode = 1;
      if (options.json) return void console.log(JSON.stringify({ durationMs: Date.now() - started, outcomes, deletions }));
      for (const d of deletions) console.log(`deletions        ${d.status.padEnd(9)} ${d.listed} listed, ${d.stored} stored, ${d.deleted} deleted${d.refused ? ` - ${d.refused}` : ''}`);
      for (const o of outcomes) {
        console.log(`${o.stream.padEnd(16)} ${o.status.padEnd(9)} ${o.pages} pages, ${o.read} read: ${o.inserted} new, ${o.updated} changed, ${o.unchanged} unchanged${o.error ? ` - ${o.error}` : ''}`);
      }
      console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (run ids: ${outcomes.map((o) => o.runId).join(', ')})`);
    }));

  return command;
}
