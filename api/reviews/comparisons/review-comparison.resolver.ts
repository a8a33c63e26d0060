import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Client } from '../../clients/client.entity.js';
import { EngagementLevel } from '../../engagements/engagement-level.js';
import type { Context } from '../../graphql/context.js';
import { BadInputError } from '../../graphql/errors.js';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { LocalPeriodType } from '../period/local-period.type.js';
import { ServiceReview } from '../service-review.entity.js';
import { ReviewSnapshot } from '../snapshots/review-snapshot.entity.js';
import { csfsOfSnapshot, kpisOfSnapshot, slaOfSnapshot, snapshotOfReview } from '../snapshots/snapshot-rows.js';
import { compareCsfs, compareKpis, compareSla } from './compare-snapshots.js';
import { earlierSnapshots, yearAgoSnapshot } from './earlier-snapshots.js';
import { CsfStatusChange, KpiDelta, ReviewComparison, ReviewDelta, ReviewDeltaAgainst, SlaAttainmentDelta } from './review-delta.types.js';
import { snapshotHistory } from './snapshot-history.js';

@ArgsType()
class ReviewHistoryArgs {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field(() => EngagementLevel)
  @IsEnum(EngagementLevel)
  level!: EngagementLevel;

  @Field(() => Int, { defaultValue: 12, description: 'The most recent reviews to return, 1..100.' })
  @IsInt() @Min(1) @Max(100)
  last!: number;
}

@Resolver(() => ServiceReview)
export class ReviewComparisonResolver {
  @Query(() => [ReviewSnapshot], {
    description: "The frozen snapshots of a client's reviews of one level, oldest first (cancelled reviews left out): the series for trend charts.",
  })
  async reviewHistory(@Args(() => ReviewHistoryArgs) args: ReviewHistoryArgs, @Ctx() ctx: Context) {
    await ctx.store.get(Client, args.clientId, 'client');
    return (await snapshotHistory(ctx, args.clientId, args.level)).slice(-args.last);
  }

  @FieldResolver(() => ReviewComparison, { nullable: true, description: 'Deltas against earlier reviews of the same level, from frozen snapshots; null until prepared.' })
  async comparison(
    @Root() review: ServiceReview,
    @Arg('earlier', () => Int, { defaultValue: 3, description: 'How many earlier reviews `earlier` lists, 0..20.' }) earlier: number,
    @Ctx() ctx: Context,
  ): Promise<ReviewComparison | null> {
    if (!Number.isInteger(earlier) || earlier < 0 || earlier > 20) throw new BadInputError('earlier', `must be 0..20, got ${earlier}`);
    const current = await snapshotOfReview(ctx, review.id);
    if (!current) return null;
    const history = await snapshotHistory(ctx, review.clientId, current.level);
    const before = earlierSnapshots(history, current);
    const yearAgo = yearAgoSnapshot(history, current);
    return {
      previous: before[0] ? { current, earlier: before[0], against: ReviewDeltaAgainst.PREVIOUS } : null,
      yearAgo: yearAgo ? { current, earlier: yearAgo, against: ReviewDeltaAgainst.YEAR_AGO } : null,
      earlier: before.slice(0, earlier).map((s) => ({ current, earlier: s, against: ReviewDeltaAgainst.EARLIER })),
    };
  }
}

@Resolver(() => ReviewDelta)
export class ReviewDeltaResolver {
  @FieldResolver(() => ServiceReview, { nullable: true, description: 'The earlier review.' })
  review(@Root() delta: ReviewDelta, @Ctx() ctx: Context) {
    return ctx.loaders.byId(ServiceReview).load(delta.earlier.reviewId);
  }

  @FieldResolver(() => LocalPeriodType, { description: "The earlier review's period." })
  period(@Root() delta: ReviewDelta): LocalPeriodType {
    return { from: delta.earlier.periodFrom, to: delta.earlier.periodTo };
  }

  @FieldResolver(() => [KpiDelta])
  async kpis(@Root() delta: ReviewDelta, @Arg('keys', () => [KpiKey], { nullable: true }) keys: KpiKey[] | null, @Ctx() ctx: Context) {
    const [now, then] = await Promise.all([kpisOfSnapshot(ctx, delta.current.id), kpisOfSnapshot(ctx, delta.earlier.id)]);
    return compareKpis(keys?.length ? now.filter((r) => keys.includes(r.key)) : now, then);
  }

  @FieldResolver(() => [SlaAttainmentDelta])
  async slaAttainment(@Root() delta: ReviewDelta, @Ctx() ctx: Context) {
    const [now, then] = await Promise.all([slaOfSnapshot(ctx, delta.current.id), slaOfSnapshot(ctx, delta.earlier.id)]);
    return compareSla(now, then);
  }

  @FieldResolver(() => [CsfStatusChange])
  async csfStatuses(@Root() delta: ReviewDelta, @Ctx() ctx: Context) {
    const [now, then] = await Promise.all([csfsOfSnapshot(ctx, delta.current.id), csfsOfSnapshot(ctx, delta.earlier.id)]);
    return compareCsfs(now, then);
  }
}
