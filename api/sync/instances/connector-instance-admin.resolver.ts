import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectorInstance } from '../connector-instance.entity.js';
import { CreateConnectorInstanceInput, UpdateConnectorInstanceInput } from './connector-instance.inputs.js';
import { ConnectionTestResult, ConnectorKind, SyncRequest } from './connector-instance.results.js';
import { ConnectorInstanceService } from './connector-instance.service.js';

/** Installing, changing, testing and syncing connectors; the service decides who may. */
@Resolver()
export class ConnectorInstanceAdminResolver {
  @Query(() => [ConnectorKind], { description: 'The connectors this server can run, with their config schemas.' })
  connectorKinds(@Ctx() ctx: Context) {
    ctx.viewer.assertNotClientViewer();
    return new ConnectorInstanceService(ctx).kinds();
  }

  @Mutation(() => ConnectorInstance)
  createConnectorInstance(@Arg('input', () => CreateConnectorInstanceInput) input: CreateConnectorInstanceInput, @Ctx() ctx: Context) {
    return new ConnectorInstanceService(ctx).create(input);
  }

  @Mutation(() => ConnectorInstance)
  updateConnectorInstance(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateConnectorInstanceInput) input: UpdateConnectorInstanceInput,
    @Ctx() ctx: Context,
  ) {
    return new ConnectorInstanceService(ctx).update(id, input);
  }

  @Mutation(() => ConnectorInstance, { description: 'Stops syncing and erases the secrets; the synced tickets stay.' })
  deleteConnectorInstance(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ConnectorInstanceService(ctx).remove(id);
  }

  @Mutation(() => ConnectionTestResult, { description: 'One authenticated call to the vendor with the stored config.' })
  testConnection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ConnectorInstanceService(ctx).test(id);
  }

  @Mutation(() => SyncRequest, { description: 'Queues a sync of every stream now.' })
  syncNow(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ConnectorInstanceService(ctx).syncNow(id);
  }
}
