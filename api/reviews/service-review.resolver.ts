import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { Client } from '../clients/client.entity.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { CsiItem } from '../csi/csi-item.entity.js';
import { ServiceReview } from './service-review.entity.js';
import { CreateServiceReviewInput, ServiceReviewFilter, UpdateServiceReviewInput } from './service-review.inputs.js';
import { ServiceReviewService } from './service-review.service.js';

@Resolver(() => ServiceReview)
export class ServiceReviewResolver extends crudResolver({
  entity: ServiceReview,
  singular: 'serviceReview',
  plural: 'serviceReviews',
  filter: ServiceReviewFilter,
  createInput: CreateServiceReviewInput,
  updateInput: UpdateServiceReviewInput,
  service: (ctx) => new ServiceReviewService(ctx),
}) {
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Client).load(review.clientId);
  }

  @FieldResolver(() => Engagement, { nullable: true })
  engagement(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Engagement).load(review.engagementId);
  }

  @FieldResolver(() => [CsiItem], { description: 'CSI items proposed in this review.' })
  csiItems(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CsiItem, 'reviewId', 'createdAt').load(review.id);
  }
}
