import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantStore } from '../domain/tenant-store.js';
import type { SyncServices } from '../sync/sync-services.js';
import type { Viewer } from '../tenancy/viewer.js';
import { Loaders } from './loaders.js';

/** Everything request-scoped, built in one place: the viewer, its transaction, its store and loaders. */
export interface Context {
  viewer: Viewer;
  em: EntityManager;
  store: TenantStore;
  loaders: Loaders;
  /** The process's connector registry, secrets, sync engine and job queue. */
  sync: SyncServices;
}

export function createContext(viewer: Viewer, em: EntityManager, sync: SyncServices): Context {
  const store = new TenantStore(em, viewer);
  return { viewer, em, store, loaders: new Loaders(store), sync };
}
