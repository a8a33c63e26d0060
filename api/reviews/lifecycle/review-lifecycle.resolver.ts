import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ServiceReview } from '../service-review.entity.js';
import { HoldServiceReviewInput } from './hold-service-review.input.js';
import { ReviewLifecycleService } from './review-lifecycle.service.js';

@Resolver(() => ServiceReview)
export class ReviewLifecycleResolver {
  @Mutation(() => ServiceReview, {
    description: 'PLANNED -> PREPARED once its period is over: freezes the snapshot (KPIs, SLA attainment, CSF statuses, versions used). Once only.',
  })
  prepareServiceReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ReviewLifecycleService(ctx).prepare(id);
  }

  @Mutation(() => ServiceReview, { description: 'PREPARED -> HELD: records the meeting (when, who attended, notes, findings, decisions).' })
  holdServiceReview(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HoldServiceReviewInput, { defaultValue: {} }) input: HoldServiceReviewInput,
    @Ctx() ctx: Context,
  ) {
    return new ReviewLifecycleService(ctx).hold(id, input);
  }

  @Mutation(() => ServiceReview, { description: 'HELD -> CLOSED; a closed review can no longer be edited.' })
  closeServiceReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ReviewLifecycleService(ctx).close(id);
  }

  @Mutation(() => ServiceReview, { description: 'Any review not yet closed -> CANCELLED, with the reason; its snapshot, if any, is kept but no longer compared.' })
  cancelServiceReview(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { defaultValue: '' }) reason: string, @Ctx() ctx: Context) {
    return new ReviewLifecycleService(ctx).cancel(id, reason);
  }
}
