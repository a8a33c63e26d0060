import { registerEnumType } from 'type-graphql';

export enum KpiStatistic {
  COUNT = 'COUNT',
  RATIO = 'RATIO',
  MEDIAN = 'MEDIAN',
  P90 = 'P90',
  MEAN = 'MEAN',
}

registerEnumType(KpiStatistic, { name: 'KpiStatistic', description: 'Which figure of a KPI a definition targets: COUNT for volumes, RATIO for shares, MEDIAN/P90/MEAN for times and scores.' });
