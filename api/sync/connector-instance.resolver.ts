import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Connection, PageArgs } from '../graphql/connection.js';
import { archivedCondition, windowCondition } from '../graphql/time-window.js';
import { ConnectorInstance } from './connector-instance.entity.js';
import { SyncRun } from './sync-run.entity.js';
import { SyncRunFilter } from './sync-run.inputs.js';

export const ConnectorInstanceConnection = Connection(ConnectorInstance);
export const SyncRunConnection = Connection(SyncRun);

/** Installed connectors and their sync runs; tenant administration, hidden from client viewers. */
@Resolver(() => ConnectorInstance)
export class ConnectorInstanceResolver {
  @Query(() => ConnectorInstanceConnection)
  async connectorInstances(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ) {
    ctx.viewer.assertNotClientViewer();
    return new ConnectorInstanceConnection(
      await ctx.store.page(ConnectorInstance, archivedCondition(includeArchived), page, { field: 'name', direction: 'asc' }));
  }

  @Query(() => ConnectorInstance)
  connectorInstance(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    ctx.viewer.assertNotClientViewer();
    return ctx.store.get(ConnectorInstance, id, 'connector instance');
  }

  @Query(() => SyncRunConnection, { description: 'Sync runs, newest first.' })
  async syncRuns(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncRunFilter, { nullable: true }) filter: SyncRunFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    ctx.viewer.assertNotClientViewer();
    const where = {
      ...(filter?.connectorInstanceId ? { connectorInstanceId: filter.connectorInstanceId } : {}),
      ...(filter?.status?.length ? { status: { $in: filter.status } } : {}),
      ...windowCondition('startedAt', filter?.started, 'filter.started'),
    };
    return new SyncRunConnection(await ctx.store.page(SyncRun, where, page, { field: 'startedAt', direction: 'desc' }));
  }

  @FieldResolver(() => SyncRun, { nullable: true, description: 'The most recent run.' })
  async lastSyncRun(@Root() instance: ConnectorInstance, @Ctx() ctx: Context) {
    const runs = await ctx.loaders.manyBy(SyncRun, 'connectorInstanceId', 'startedAt').load(instance.id);
    return runs.at(-1) ?? null;
  }
}
