import type { EntityManager } from '@mikro-orm/postgresql';
import { inTenantTransaction } from '../db/tenant-scope.js';
import { BadInputError, NotFoundError } from '../graphql/errors.js';
import { ApiToken } from './api-token.entity.js';
import { Role } from './role.js';
import { Tenant } from './tenant.entity.js';
import { generateToken } from './token-secret.js';
import { Client } from '../clients/client.entity.js';

/**
 * Tenant administration for the CLI (and test setup). It runs as the database owner, which must
 * be a superuser or hold BYPASSRLS to find a tenant by slug; writes still run tenant-scoped.
 */
export async function createTenant(root: EntityManager, slug: string, name: string): Promise<Tenant> {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) {
    throw new BadInputError('slug', `must be 2-63 lowercase letters, digits or dashes, got "${slug}"`);
  }
  const tenant = new Tenant();
  tenant.slug = slug;
  tenant.name = name;
  return inTenantTransaction(root, { tenantId: tenant.id }, async (em) => {
    if (await em.count(Tenant, { slug })) throw new BadInputError('slug', `a tenant "${slug}" already exists`);
    em.persist(tenant);
    await em.flush();
    return tenant;
  }, { asApp: false });
}

export async function findTenant(root: EntityManager, slug: string): Promise<Tenant> {
  const tenant = await root.fork().findOne(Tenant, { slug });
  if (!tenant) throw new BadInputError('tenant', `no tenant has the slug "${slug}"`);
  return tenant;
}

export interface TokenRequest {
  tenantSlug: string;
  role: Role;
  clientId?: string | null;
  name?: string;
  expiresAt?: Date | null;
}

/** Creates a token; the returned `token` is the only time it is ever seen. */
export async function createToken(root: EntityManager, request: TokenRequest): Promise<{ token: string; record: ApiToken }> {
  const tenant = await findTenant(root, request.tenantSlug);
  const bound = request.role === Role.CLIENT_VIEWER;
  if (bound !== Boolean(request.clientId)) {
    throw new BadInputError('client', bound ? 'a CLIENT_VIEWER token needs --client <id>' : `only CLIENT_VIEWER tokens take a client`);
  }
  return inTenantTransaction(root, { tenantId: tenant.id }, async (em) => {
    if (request.clientId && !(await em.count(Client, { tenantId: tenant.id, id: request.clientId }))) {
      throw new NotFoundError('client', request.clientId);
    }
    const { token, hash, prefix } = generateToken(tenant.id);
    const record = em.create(ApiToken, {
      tenantId: tenant.id,
      name: request.name ?? `${request.role.toLowerCase()} token`,
      role: request.role,
      clientId: request.clientId ?? null,
      tokenHash: hash,
      prefix,
      expiresAt: request.expiresAt ?? null,
    } as never);
    await em.flush();
    return { token, record };
  }, { asApp: false });
}

export async function revokeToken(root: EntityManager, tenantSlug: string, tokenId: string): Promise<ApiToken> {
  const tenant = await findTenant(root, tenantSlug);
  return inTenantTransaction(root, { tenantId: tenant.id }, async (em) => {
    const token = await em.findOne(ApiToken, { tenantId: tenant.id, id: tokenId });
    if (!token) throw new NotFoundError('API token', tokenId);
    token.revokedAt ??= new Date();
    await em.flush();
    return token;
  }, { asApp: false });
}
