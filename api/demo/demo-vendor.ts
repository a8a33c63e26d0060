import type { EntityManager } from '@mikro-orm/postgresql';
import { company } from '../../connectors/connectwise/fake/scenario/catalog.js';
import { startFakeConnectWise, type FakeConnectWise } from '../../connectors/connectwise/fake/start-fake-connectwise.js';
import { inTenantTransaction } from '../db/tenant-scope.js';
import type { Context } from '../graphql/context.js';
import { ConnectorInstance } from '../sync/connector-instance.entity.js';
import { ConnectorInstanceService } from '../sync/instances/connector-instance.service.js';
import type { SyncServices } from '../sync/sync-services.js';
import { SyncTrigger } from '../sync/sync-trigger.js';

/** The demo's ticketing system: the bundled fake ConnectWise, one company per demo client. */
export async function startDemoVendor(companies: number): Promise<{ vendor: FakeConnectWise; companyIds: string[] }> {
  const vendor = await startFakeConnectWise({
    tickets: 2400, companies, seed: 2026, spanDays: 400, end: new Date(Date.now() - 10 * 60_000), surveyRate: 0.3,
  });
  return { vendor, companyIds: Array.from({ length: companies }, (_, i) => String(company(i).id)) };
}

/** Installs the demo vendor as a ConnectWise instance, the way an MSP admin would. */
export function installDemoConnector(ctx: Context, vendor: FakeConnectWise): Promise<ConnectorInstance> {
  return new ConnectorInstanceService(ctx).create({
    kind: 'connectwise', name: 'ConnectWise (demo)', config: { ...vendor.config }, requestsPerSecond: 1000,
  });
}

/**
 * Syncs the demo's tickets through the real sync engine, then disables the instance: the bundled
 * fake lives only in this process, so scheduled syncs after a restart would only fail. (README: run
 * the fake yourself to keep syncing.)
 */
export async function syncDemoTickets(root: EntityManager, sync: SyncServices, tenantId: string, instanceId: string): Promise<void> {
  const outcomes = await sync.engine.sync({ tenantId, instanceId, trigger: SyncTrigger.CLI });
  const failed = outcomes.find((o) => o.status !== 'SUCCEEDED');
  if (failed) throw new Error(`the demo sync failed on ${failed.stream}: ${failed.error}`);
  await inTenantTransaction(root, { tenantId }, async (em) => {
    await em.nativeUpdate(ConnectorInstance, { tenantId, id: instanceId }, { enabled: false });
  });
}
