import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadConfig } from '../../api/config/config.js';
import { createLogger } from '../../api/config/logger.js';
import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { createContext } from '../../api/graphql/context.js';
import { ConnectorInstanceService } from '../../api/sync/instances/connector-instance.service.js';
import { createSyncServices } from '../../api/sync/create-sync-services.js';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { Role } from '../../api/tenancy/role.js';
import { Viewer } from '../../api/tenancy/viewer.js';
import { company } from '../../connectors/connectwise/fake/scenario/catalog.js';
import type { ConnectWiseConfig } from '../../connectors/connectwise/index.js';

export const BENCH_KEY = Buffer.alloc(32, 9).toString('base64');
const ZONES = ['Europe/Helsinki', 'America/New_York', 'Europe/London', 'Asia/Tokyo'];

/**
 * The bench tenant: one client per fake company (placed by its ConnectWise external reference, as an
 * MSP would set it up), and a ConnectWise instance created through the same service as the API.
 */
export async function createBenchInstance(orm: Orm, db: pg.Client, url: string, options: {
  slug: string; name: string; companies: number; config: ConnectWiseConfig;
}): Promise<{ tenantId: string; instanceId: string; env: NodeJS.ProcessEnv }> {
  const tenant = await createTenant(orm.em, options.slug, options.slug);
  await db.query(
    `insert into client (tenant_id, id, name, time_zone, external_refs)
     select $1, gen_random_uuid(), 'Client ' || i, ($2::text[])[1 + i % 4], jsonb_build_array(jsonb_build_object('system', 'connectwise', 'externalId', ($3::text[])[i + 1]))
       from generate_series(0, $4 - 1) i`,
    [tenant.id, ZONES, Array.from({ length: options.companies }, (_, i) => String(company(i).id)), options.companies]);
  const env = { DATABASE_URL: url, QD_ENCRYPTION_KEY: BENCH_KEY, NODE_ENV: 'production' };
  const sync = await createSyncServices({ orm, config: loadConfig({ ...env, QD_DATA_DIR: '.data/bench' }), logger: createLogger('silent') });
  const viewer = new Viewer(tenant.id, Role.MSP_ADMIN, null, randomUUID());
  const instance = await inTenantTransaction(orm.em, { tenantId: tenant.id }, (em) =>
    new ConnectorInstanceService(createContext(viewer, em, sync)).create({
      kind: 'connectwise', name: options.name, config: { ...options.config }, requestsPerSecond: 100_000,
    }));
  return { tenantId: tenant.id, instanceId: instance.id, env };
}
