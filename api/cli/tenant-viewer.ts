import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../graphql/errors.js';
import { Tenant } from '../tenancy/tenant.entity.js';
import { Role } from '../tenancy/role.js';
import { Viewer } from '../tenancy/viewer.js';

/** The CLI acts as the tenant's administrator: whoever runs it holds the database. */
export async function cliViewer(root: EntityManager, tenantSlug: string): Promise<Viewer> {
  const tenant = await root.fork().findOne(Tenant, { slug: tenantSlug });
  if (!tenant) throw new NotFoundError('tenant', tenantSlug);
  return new Viewer(tenant.id, Role.MSP_ADMIN, null, '00000000-0000-0000-0000-000000000000');
}
