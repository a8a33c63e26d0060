import { ReviewScheduleResolver } from '../engagements/schedule/review-schedule.resolver.js';
import { CsiImpactResolver, CsiKpiImpactResolver, CsiKpiMeasurementResolver, ReviewCsiImpactResolver } from '../csi/impact/csi-impact.resolver.js';
import { SlaWhatIfResolver } from '../sla-policies/what-if/sla-what-if.resolver.js';
import { ReviewChangeResolver, ReviewChangesResolver } from './changes/review-changes.resolver.js';
import { ReviewComparisonResolver, ReviewDeltaResolver } from './comparisons/review-comparison.resolver.js';
import { ReviewLifecycleResolver } from './lifecycle/review-lifecycle.resolver.js';
import { CsfStatusSnapshotResolver, KpiSnapshotResolver, ReviewSnapshotResolver } from './snapshots/review-snapshot.resolver.js';

/**
 * The resolvers of the review cycle (issue 5): scheduling, lifecycle, snapshots, comparisons,
 * CSI impact, business-review changes and the SLA what-if. Listed once here, spread into RESOLVERS.
 */
export const REVIEW_CYCLE_RESOLVERS = [
  ReviewScheduleResolver, ReviewLifecycleResolver, ReviewSnapshotResolver, KpiSnapshotResolver, CsfStatusSnapshotResolver,
  ReviewComparisonResolver, ReviewDeltaResolver, CsiImpactResolver, ReviewCsiImpactResolver, CsiKpiImpactResolver,
  CsiKpiMeasurementResolver, ReviewChangesResolver, ReviewChangeResolver, SlaWhatIfResolver,
];
