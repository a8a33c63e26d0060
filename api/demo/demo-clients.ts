import { EngagementLevel } from '../engagements/engagement-level.js';

const ALL_LEVELS = Object.values(EngagementLevel);

/** The demo tenant's clients: three time zones, so periods and calendars show their effect. */
export const DEMO_CLIENTS = [
  {
    name: 'Northwind Oy', timeZone: 'Europe/Helsinki', endpoints: 240, users: 180,
    executive: 'Aino Virtanen', levels: ALL_LEVELS,
    objectives: 'Raise first-contact resolution while the Tier 1 desk grows.',
  },
  {
    name: 'Contoso Ltd', timeZone: 'America/New_York', endpoints: 900, users: 750,
    executive: 'Dana Smith',
    levels: [EngagementLevel.MONTHLY_SERVICE_REVIEW, EngagementLevel.QUARTERLY_BUSINESS_REVIEW, EngagementLevel.ANNUAL_BUSINESS_REVIEW],
    objectives: 'Keep P1 resolution inside four business hours.',
  },
  {
    name: 'Wingtip Pty', timeZone: 'Australia/Sydney', endpoints: 60, users: 45,
    executive: 'Lee Nguyen',
    levels: [EngagementLevel.INFORMAL_SYNC, EngagementLevel.MONTHLY_SERVICE_REVIEW],
    objectives: 'Fewer tickets per endpoint after the laptop refresh.',
  },
];
