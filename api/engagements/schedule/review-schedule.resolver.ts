import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ServiceReview } from '../../reviews/service-review.entity.js';
import { ReviewScheduleService } from './review-schedule.service.js';

@Resolver(() => ServiceReview)
export class ReviewScheduleResolver {
  @Mutation(() => [ServiceReview], {
    description: "Schedules the engagement's occurrences after its latest one as PLANNED reviews, up to `until` "
      + '(default: its horizon from now), each with its level\'s default period and agenda. Idempotent; returns the reviews created.',
  })
  scheduleServiceReviews(
    @Arg('engagementId', () => ID) engagementId: string,
    @Arg('until', () => Date, { nullable: true }) until: Date | null,
    @Ctx() ctx: Context,
  ) {
    return new ReviewScheduleService(ctx).schedule(engagementId, until);
  }
}
