import type { Client } from '../clients/client.entity.js';
import type { CsiKpiImpact } from '../csi/impact/csi-impact.types.js';
import type { CsiItem } from '../csi/csi-item.entity.js';
import type { EngagementLevel } from '../engagements/engagement-level.js';
import type { KpiStatusEnum } from '../kpis/graphql/kpi-enums.js';
import type { KpiDelta } from '../reviews/comparisons/review-delta.types.js';
import type { ServiceReview } from '../reviews/service-review.entity.js';
import type { KpiSnapshot } from '../reviews/snapshots/kpi-snapshot.entity.js';
import type { RestatedKpiValue } from '../reviews/snapshots/restated-kpi-value.type.js';
import type { ReviewSnapshot } from '../reviews/snapshots/review-snapshot.entity.js';
import type { SlaAttainmentSnapshot } from '../reviews/snapshots/sla-attainment-snapshot.entity.js';

/** One KPI figure of the review: frozen, against the previous review and a year earlier, and restated if today's data differs. */
export interface ReportKpi {
  frozen: KpiSnapshot;
  previous: KpiDelta | null;
  yearAgo: KpiDelta | null;
  restated: RestatedKpiValue | null;
  /** The CSF whose status this figure's definition judged, if any. */
  csfTitle: string | null;
}

export interface ReportCsf {
  title: string;
  /** Null where the CSF was not in force. */
  status: KpiStatusEnum | null;
  previous: KpiStatusEnum | null;
  yearAgo: KpiStatusEnum | null;
}

/** A frozen figure across the review history of the client and level, oldest first. */
export interface KpiTrend {
  key: KpiSnapshot['key'];
  figure: string;
  values: (number | null)[];
  /** The target as the latest review froze it. */
  target: number | null;
}

export interface ReportCsiItem {
  item: CsiItem;
  /** Its target KPIs measured in this review's snapshot against its baseline; null when not measurable here. */
  impacts: CsiKpiImpact[] | null;
}

/** What the QBR report shows, all read in the viewer's tenant transaction. */
export interface QbrReport {
  review: ServiceReview;
  client: Client;
  level: EngagementLevel;
  /** Null until the review is prepared: then there is nothing frozen to report. */
  snapshot: ReviewSnapshot | null;
  previous: ReviewSnapshot | null;
  yearAgo: ReviewSnapshot | null;
  /** The review history's periods, oldest first, ending with this review. */
  history: ReviewSnapshot[];
  trends: KpiTrend[];
  kpis: ReportKpi[];
  sla: SlaAttainmentSnapshot[];
  csfs: ReportCsf[];
  /** Ticket volume by ticket type for each period of the history (today's data: volumes are not frozen by type). */
  volumeByType: { type: string; values: number[] }[];
  csi: ReportCsiItem[];
  generatedAt: Date;
}
