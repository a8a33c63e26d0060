import { EngagementLevel } from './engagement-level.js';

/**
 * The cadence each level starts with (RRULE), from the domain: informal syncs weekly, monthly
 * reviews on the first Tuesday, QBRs in the first month of each quarter, a semi-annual review
 * in January and July, an annual review in January.
 */
export const DEFAULT_CADENCE: Record<EngagementLevel, string> = {
  [EngagementLevel.INFORMAL_SYNC]: 'FREQ=WEEKLY;BYDAY=MO',
  [EngagementLevel.MONTHLY_SERVICE_REVIEW]: 'FREQ=MONTHLY;BYDAY=+1TU',
  [EngagementLevel.QUARTERLY_BUSINESS_REVIEW]: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=+2TU',
  [EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW]: 'FREQ=YEARLY;BYMONTH=1,7;BYDAY=+3TU',
  [EngagementLevel.ANNUAL_BUSINESS_REVIEW]: 'FREQ=YEARLY;BYMONTH=1;BYDAY=+3TU',
};
