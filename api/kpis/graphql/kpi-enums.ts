import { registerEnumType } from 'type-graphql';

export enum GranularityEnum { DAY = 'DAY', WEEK = 'WEEK', MONTH = 'MONTH', QUARTER = 'QUARTER', YEAR = 'YEAR' }
registerEnumType(GranularityEnum, { name: 'Granularity', description: "Bucket size, cut in each client's own time zone." });

export enum KpiBreakdownEnum { TYPE = 'TYPE', PRIORITY = 'PRIORITY', TIER = 'TIER', SOURCE = 'SOURCE', CLIENT = 'CLIENT' }
registerEnumType(KpiBreakdownEnum, { name: 'KpiBreakdown', description: "Split by the ticket's current type, priority, tier, its source system, or its client." });

export enum KpiFigureEnum {
  COUNT = 'COUNT', EXCLUDED = 'EXCLUDED', MEDIAN = 'MEDIAN', P90 = 'P90', MEAN = 'MEAN', RATIO = 'RATIO',
  NO_TARGET = 'NO_TARGET', PENDING = 'PENDING', RESPONSE_RATE = 'RESPONSE_RATE', PER_ENDPOINT_MONTH = 'PER_ENDPOINT_MONTH',
  AGE_0_1D = 'AGE_0_1D', AGE_1_3D = 'AGE_1_3D', AGE_3_7D = 'AGE_3_7D', AGE_7_30D = 'AGE_7_30D', AGE_30D_PLUS = 'AGE_30D_PLUS',
}
registerEnumType(KpiFigureEnum, { name: 'KpiFigure', description: 'Which figure of a KPI a series carries (docs/kpis.md).' });

export enum KpiStatusEnum { GREEN = 'GREEN', AMBER = 'AMBER', RED = 'RED', NO_DATA = 'NO_DATA' }
registerEnumType(KpiStatusEnum, { name: 'KpiStatus', description: 'Against the KPI definition: GREEN meets the target, AMBER misses by at most the tolerance, RED beyond.' });

export enum KpiTrendEnum { IMPROVED = 'IMPROVED', WORSENED = 'WORSENED', UNCHANGED = 'UNCHANGED', NO_DATA = 'NO_DATA' }
registerEnumType(KpiTrendEnum, { name: 'KpiTrend' });
