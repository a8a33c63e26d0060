import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../graphql/errors.js';
import { isUuid } from '../../domain/tenant-store.js';
import { ConnectorInstance } from '../../sync/connector-instance.entity.js';

/** An instance of the tenant by id or by name, as a user types it on the command line. */
export async function findInstance(em: EntityManager, tenantId: string, nameOrId: string): Promise<ConnectorInstance> {
  const instance = await em.findOne(ConnectorInstance, {
    tenantId, archivedAt: null, ...(isUuid(nameOrId) ? { id: nameOrId } : { name: nameOrId }),
  });
  if (!instance) throw new NotFoundError('connector instance', nameOrId);
  return instance;
}
