import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { CriticalSuccessFactor } from '../../csfs/critical-success-factor.entity.js';
import type { Context } from '../../graphql/context.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import { SlaPolicyVersion } from '../../sla-policies/sla-policy-version.entity.js';
import { ServiceReview } from '../service-review.entity.js';
import { ReviewChange, ReviewChangeKind } from './review-change.entity.js';
import { ReviewChangesInput } from './review-changes.inputs.js';
import { ReviewChangesService } from './review-changes.service.js';

@Resolver(() => ServiceReview)
export class ReviewChangesResolver {
  @Mutation(() => [ReviewChange], {
    description: 'In a prepared or held semi-annual or annual review: new SLA targets, CSFs and KPI definitions from dates after the reviewed '
      + 'period, as new versions (history untouched), recorded on the review. All or nothing; errors name the change (changes.slaTargets.0.terms.effectiveFrom).',
  })
  applyReviewChanges(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('changes', () => ReviewChangesInput) changes: ReviewChangesInput,
    @Ctx() ctx: Context,
  ) {
    return new ReviewChangesService(ctx).apply(reviewId, changes);
  }

  @FieldResolver(() => [ReviewChange], { description: 'The SLA, CSF and KPI changes this review made.' })
  changes(@Root() review: ServiceReview, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(ReviewChange, 'reviewId', 'createdAt').load(review.id);
  }
}

@Resolver(() => ReviewChange)
export class ReviewChangeResolver {
  @FieldResolver(() => SlaPolicyVersion, { nullable: true, description: 'For SLA_TARGETS: the new policy version.' })
  slaPolicyVersion(@Root() change: ReviewChange, @Ctx() ctx: Context) {
    return change.kind === ReviewChangeKind.SLA_TARGETS ? ctx.loaders.byId(SlaPolicyVersion).load(change.subjectId) : null;
  }

  @FieldResolver(() => CriticalSuccessFactor, { nullable: true, description: 'For CSF changes: the new, replacing or retired CSF.' })
  criticalSuccessFactor(@Root() change: ReviewChange, @Ctx() ctx: Context) {
    return change.kind.startsWith('CSF_') ? ctx.loaders.byId(CriticalSuccessFactor).load(change.subjectId) : null;
  }

  @FieldResolver(() => KpiDefinition, { nullable: true, description: 'For KPI changes: the new definition or version.' })
  kpiDefinition(@Root() change: ReviewChange, @Ctx() ctx: Context) {
    return change.kind.startsWith('KPI_') ? ctx.loaders.byId(KpiDefinition).load(change.subjectId) : null;
  }
}
