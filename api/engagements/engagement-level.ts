import { registerEnumType } from 'type-graphql';

export enum EngagementLevel {
  INFORMAL_SYNC = 'INFORMAL_SYNC',
  MONTHLY_SERVICE_REVIEW = 'MONTHLY_SERVICE_REVIEW',
  QUARTERLY_BUSINESS_REVIEW = 'QUARTERLY_BUSINESS_REVIEW',
  SEMIANNUAL_BUSINESS_REVIEW = 'SEMIANNUAL_BUSINESS_REVIEW',
  ANNUAL_BUSINESS_REVIEW = 'ANNUAL_BUSINESS_REVIEW',
}

registerEnumType(EngagementLevel, { name: 'EngagementLevel', description: 'The levels of engagement, from the most frequent to the most strategic.' });
