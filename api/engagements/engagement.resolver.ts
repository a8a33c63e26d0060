import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { Client } from '../clients/client.entity.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { Engagement } from './engagement.entity.js';
import { CreateEngagementInput, EngagementFilter, UpdateEngagementInput } from './engagement.inputs.js';
import { EngagementService } from './engagement.service.js';

@Resolver(() => Engagement)
export class EngagementResolver extends crudResolver({
  entity: Engagement,
  singular: 'engagement',
  plural: 'engagements',
  filter: EngagementFilter,
  createInput: CreateEngagementInput,
  updateInput: UpdateEngagementInput,
  service: (ctx) => new EngagementService(ctx),
}) {
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() engagement: Engagement, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Client).load(engagement.clientId);
  }

  @FieldResolver(() => [ServiceReview], { description: 'Its reviews, by scheduled time.' })
  reviews(@Root() engagement: Engagement, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(ServiceReview, 'engagementId', 'scheduledAt').load(engagement.id);
  }
}
