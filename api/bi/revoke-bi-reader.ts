import type { EntityManager } from '@mikro-orm/postgresql';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { NotFoundError } from '../graphql/errors.js';
import { findTenant } from '../tenancy/tenant-admin.js';
import { roleStatement } from './role-statement.js';

/** Drops a BI role `grantBiReader` made for the tenant, and its mapping; refuses any other role. */
export async function revokeBiReader(root: EntityManager, tenantSlug: string, roleName: string): Promise<void> {
  const tenant = await findTenant(root, tenantSlug);
  await inTenantTransaction(root, { tenantId: tenant.id }, async (em) => {
    const deleted = await em.execute<{ role_name: string }[]>(
      'delete from bi_reader_role where tenant_id = ? and role_name = ? returning role_name', [tenant.id, roleName]);
    if (!deleted.length) throw new NotFoundError(`BI role of tenant "${tenantSlug}"`, roleName);
    await roleStatement(em, 'drop role %I', [roleName]);
  }, { asApp: false });
}
