import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Connection, PageArgs } from '../graphql/connection.js';
import { BusinessCalendar } from '../calendars/business-calendar.entity.js';
import { SlaPolicy } from '../sla-policies/sla-policy.entity.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { Client } from './client.entity.js';
import { ClientFilter, CreateClientInput, UpdateClientInput } from './client.inputs.js';
import { ClientService } from './client.service.js';

export const ClientConnection = Connection(Client);

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientConnection, { description: 'Client companies, by name.' })
  async clients(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter: ClientFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return new ClientConnection(await new ClientService(ctx).list(filter, page));
  }

  @Query(() => Client)
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ClientService(ctx).get(id);
  }

  @Mutation(() => Client)
  createClient(@Arg('input', () => CreateClientInput) input: CreateClientInput, @Ctx() ctx: Context) {
    return new ClientService(ctx).create(input);
  }

  @Mutation(() => Client)
  updateClient(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: Context,
  ) {
    return new ClientService(ctx).update(id, input);
  }

  @Mutation(() => Client)
  archiveClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ClientService(ctx).archive(id);
  }

  @FieldResolver(() => [Engagement])
  engagements(@Root() client: Client, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Engagement, 'clientId', 'createdAt').load(client.id);
  }

  @FieldResolver(() => [CriticalSuccessFactor])
  criticalSuccessFactors(@Root() client: Client, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CriticalSuccessFactor, 'clientId', 'createdAt').load(client.id);
  }

  @FieldResolver(() => [KpiDefinition])
  kpiDefinitions(@Root() client: Client, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(KpiDefinition, 'clientId', 'createdAt').load(client.id);
  }

  @FieldResolver(() => ServiceReview, { nullable: true, description: 'The most recent review scheduled up to now.' })
  latestReview(@Root() client: Client, @Ctx() ctx: Context) {
    return ctx.loaders.latestReviewByClient().load(client.id);
  }

  @FieldResolver(() => BusinessCalendar, { nullable: true })
  businessCalendar(@Root() client: Client, @Ctx() ctx: Context) {
    return client.businessCalendarId ? ctx.loaders.byId(BusinessCalendar).load(client.businessCalendarId) : null;
  }

  @FieldResolver(() => SlaPolicy, { nullable: true })
  slaPolicy(@Root() client: Client, @Ctx() ctx: Context) {
    return client.slaPolicyId ? ctx.loaders.byId(SlaPolicy).load(client.slaPolicyId) : null;
  }
}
