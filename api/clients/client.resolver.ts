import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { BusinessCalendar } from '../calendars/business-calendar.entity.js';
import { SlaPolicy } from '../sla-policies/sla-policy.entity.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { Client } from './client.entity.js';
import { ClientFilter, CreateClientInput, UpdateClientInput } from './client.inputs.js';
import { ClientService } from './client.service.js';

@Resolver(() => Client)
export class ClientResolver extends crudResolver({
  entity: Client,
  singular: 'client',
  plural: 'clients',
  filter: ClientFilter,
  createInput: CreateClientInput,
  updateInput: UpdateClientInput,
  service: (ctx) => new ClientService(ctx),
}) {
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
