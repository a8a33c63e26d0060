import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Orm } from '../db/orm.js';
import { beginTenantTransaction } from '../db/tenant-scope.js';
import { createContext } from '../graphql/context.js';
import { DomainError } from '../graphql/errors.js';
import { createFormatError } from '../graphql/format-error.js';
import { loadConstraintColumns } from '../graphql/constraint-error.js';
import { queryCostPlugin } from '../graphql/query-cost.js';
import { RequestTransaction, requestTransactionPlugin, type TransactionalContext } from '../graphql/request-transaction.js';
import { createSchema } from '../graphql/schema.js';
import { authenticate } from '../tenancy/authenticate.js';
import { graphiqlPage } from './graphiql.js';
import { healthRoutes } from './health.js';
import { webhookRoutes } from './webhooks.js';
import { reportRoutes } from '../reports/report-routes.js';
import { exportRoutes } from '../bi/export-routes.js';
import { createSyncServices } from '../sync/create-sync-services.js';
import type { SyncServices } from '../sync/sync-services.js';

/** Limits on a query's shape and cost, applied before execution. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 3000, maxDirectives: 20, maxCost: 50_000 };

export interface App {
  express: Express;
  sync: SyncServices;
  apollo: ApolloServer<TransactionalContext>;
  stop(): Promise<void>;
}

export async function createApp(orm: Orm, config: Config, logger: Logger, services?: SyncServices): Promise<App> {
  const sync = services ?? (await createSyncServices({ orm, config, logger }));
  const schema = await createSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Cost is ours (queryCostPlugin: list cost = child cost x first); armor's would double-count.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<TransactionalContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.includeStacktrace,
    csrfPrevention: true,
    formatError: createFormatError(logger, config.includeStacktrace, await loadConstraintColumns(orm.em.fork())),
    validationRules: [...protection.validationRules],
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugin objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<TransactionalContext>[]),
      queryCostPlugin(schema, QUERY_LIMITS.maxCost),
      requestTransactionPlugin,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(orm));
  app.use(webhookRoutes(orm, sync, logger));
  app.use(reportRoutes(orm, sync, logger));
  app.use(exportRoutes(orm, logger));
  if (!config.production) app.use(graphiqlPage());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork({ clear: true });
        let viewer;
        try {
          viewer = await authenticate(em, req.headers.authorization);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
        }
        await beginTenantTransaction(em, { tenantId: viewer.tenantId, clientId: viewer.clientId });
        const transaction = new RequestTransaction(em);
        // Safety net: a request that ends without willSendResponse still releases its connection.
        res.on('close', () => void transaction.finish(false).catch(() => undefined));
        return { ...createContext(viewer, em, sync), transaction };
      },
    }),
  );
  return { express: app, sync, apollo, stop: () => apollo.stop() };
}
