import { CsiKpiMeasurement } from '../csi/impact/csi-kpi-measurement.entity.js';
import { ReviewChange } from './changes/review-change.entity.js';
import { CsfStatusSnapshot } from './snapshots/csf-status-snapshot.entity.js';
import { KpiSnapshot } from './snapshots/kpi-snapshot.entity.js';
import { ReviewSnapshot } from './snapshots/review-snapshot.entity.js';
import { SlaAttainmentSnapshot } from './snapshots/sla-attainment-snapshot.entity.js';

/** The review cycle's history tables (issue 5): snapshots, review changes, CSI measurements. Spread into ENTITIES. */
export const REVIEW_CYCLE_ENTITIES = [ReviewSnapshot, KpiSnapshot, SlaAttainmentSnapshot, CsfStatusSnapshot, ReviewChange, CsiKpiMeasurement];
