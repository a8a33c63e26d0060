import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { Client } from '../clients/client.entity.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { EngagementLevel } from '../engagements/engagement-level.js';
import { DEFAULT_AGENDA } from '../engagements/schedule/default-agenda.js';
import { CsiItem } from '../csi/csi-item.entity.js';
import { KpiKey } from '../kpi-definitions/kpi-key.js';
import { LocalPeriodType } from './period/local-period.type.js';
import { reviewLocalPeriod } from './period/review-local-period.js';
import { ServiceReview } from './service-review.entity.js';
import { CreateServiceReviewInput, ServiceReviewFilter, UpdateServiceReviewInput } from './service-review.inputs.js';
import { ServiceReviewService } from './service-review.service.js';
import { ReviewSnapshot } from './snapshots/review-snapshot.entity.js';
import { snapshotOfReview } from './snapshots/snapshot-rows.js';

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

  @FieldResolver(() => EngagementLevel, { description: "Its engagement's level." })
  async level(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return (await ctx.loaders.byId(Engagement).load(review.engagementId))!.level;
  }

  @FieldResolver(() => [KpiKey], { description: 'The KPIs its level looks at first (domain.md, the levels of engagement).' })
  async focusKpis(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return DEFAULT_AGENDA[(await ctx.loaders.byId(Engagement).load(review.engagementId))!.level].focusKpis;
  }

  @FieldResolver(() => LocalPeriodType, { description: "The reviewed period as local dates in the client's zone (frozen in the snapshot once prepared)." })
  async localPeriod(@Root() review: ServiceReview, @Ctx() ctx: Context): Promise<LocalPeriodType> {
    const snapshot = await snapshotOfReview(ctx, review.id);
    if (snapshot) return { from: snapshot.periodFrom, to: snapshot.periodTo };
    return reviewLocalPeriod(review, (await ctx.loaders.byId(Client).load(review.clientId))!.timeZone);
  }

  @FieldResolver(() => ReviewSnapshot, { nullable: true, description: 'What it saw, frozen when prepared; null while PLANNED.' })
  snapshot(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return snapshotOfReview(ctx, review.id);
  }

  @FieldResolver(() => [CsiItem], { description: 'CSI items proposed in this review.' })
  csiItems(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CsiItem, 'reviewId', 'createdAt').load(review.id);
  }
}
