import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { afterAll } from 'vitest';
import { loadConfig } from '../../api/config/config.js';
import { createLogger } from '../../api/config/logger.js';
import { openOrm, type Orm, type OrmOptions } from '../../api/db/orm.js';
import { createApp } from '../../api/http/app.js';
import { createTenant, createToken } from '../../api/tenancy/tenant-admin.js';
import { Role } from '../../api/tenancy/role.js';
import type { SyncServices } from '../../api/sync/sync-services.js';
import { createTestDatabase } from './test-database.js';

/** The key test servers seal connector secrets with (never a real one). */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The real server in-process, on a fresh database, over real HTTP. Closed when the file ends. */
export class TestServer {
  constructor(
    readonly url: string,
    readonly orm: Orm,
    readonly sync: SyncServices,
  ) {}

  async graphql<R, V>(
    document: TypedDocumentNode<R, V> | DocumentNode | string,
    variables: V | Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<R>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** Like graphql(), but fails the test on any error. */
  async ok<R, V>(document: TypedDocumentNode<R, V> | string, variables: V | Record<string, unknown>, token: string): Promise<R> {
    const result = await this.graphql(document, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as R;
  }

  /** A new tenant and a token of `role` for it. */
  async tenantWithToken(slug: string, role: Role = Role.MSP_ADMIN): Promise<{ tenantId: string; token: string }> {
    const tenant = await createTenant(this.orm.em, slug, `${slug} MSP`);
    const { token } = await createToken(this.orm.em, { tenantSlug: slug, role });
    return { tenantId: tenant.id, token };
  }

  async token(slug: string, role: Role, clientId?: string): Promise<string> {
    return (await createToken(this.orm.em, { tenantSlug: slug, role, clientId })).token;
  }
}

export async function startTestServer(
  options: { env?: NodeJS.ProcessEnv; orm?: OrmOptions } = {},
): Promise<TestServer> {
  const url = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', QD_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, ...options.env });
  const orm = await openOrm(url, options.orm);
  const app = await createApp(orm, config, createLogger('silent'));
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await orm.close();
  });
  return new TestServer(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, orm, app.sync);
}
