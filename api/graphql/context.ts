import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantStore } from '../domain/tenant-store.js';
import type { Viewer } from '../tenancy/viewer.js';
import { Loaders } from './loaders.js';

/** Everything request-scoped, built in one place: the viewer, its transaction, its store and loaders. */
export interface Context {
  viewer: Viewer;
  em: EntityManager;
  store: TenantStore;
  loaders: Loaders;
}

export function createContext(viewer: Viewer, em: EntityManager): Context {
  const store = new TenantStore(em, viewer);
  return { viewer, em, store, loaders: new Loaders(store) };
}
