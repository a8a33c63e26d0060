import { describe, expect, it } from 'vitest';
import { CsiMeasurementKind, type CsiKpiMeasurement } from '../../api/csi/impact/csi-kpi-measurement.entity.js';
import { kpiImpacts } from '../../api/csi/impact/kpi-impacts.js';
import { EngagementLevel } from '../../api/engagements/engagement-level.js';
import { cadenceOccurrences } from '../../api/engagements/schedule/cadence-occurrences.js';
import { defaultPeriod } from '../../api/engagements/schedule/default-period.js';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';
import { summarizeSlaChange } from '../../api/reviews/changes/summarize-sla-change.js';
import { earlierSnapshots, yearAgoSnapshot } from '../../api/reviews/comparisons/earlier-snapshots.js';
import { reviewLocalPeriod } from '../../api/reviews/period/review-local-period.js';
import { mergeBucketFigures } from '../../api/reviews/snapshots/merge-bucket-figures.js';
import { singleBucketGranularity } from '../../api/reviews/snapshots/period-figures.js';
import { restates } from '../../api/reviews/snapshots/restate-kpis.js';
import { tallyAttainment } from '../../api/sla-policies/what-if/tally-attainment.js';
import { Priority } from '../../api/tickets/priority.js';

const occurrence = (localDate: string, previousLocalDate: string | null = null, nextLocalDate: string | null = null) =>
  ({ localDate, previousLocalDate, nextLocalDate });

describe('defaultPeriod', () => {
  it.each([
    ['a monthly review looks at the last whole month', EngagementLevel.MONTHLY_SERVICE_REVIEW, '2026-02-03', { from: '2026-01-01', to: '2026-02-01' }],
    ['… also when held on the 1st', EngagementLevel.MONTHLY_SERVICE_REVIEW, '2026-03-01', { from: '2026-02-01', to: '2026-03-01' }],
    ['a QBR looks at the last whole quarter', EngagementLevel.QUARTERLY_BUSINESS_REVIEW, '2026-04-14', { from: '2026-01-01', to: '2026-04-01' }],
    ['… across a year end', EngagementLevel.QUARTERLY_BUSINESS_REVIEW, '2026-01-13', { from: '2025-10-01', to: '2026-01-01' }],
    ['a semi-annual review in July looks at January-June', EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW, '2026-07-21', { from: '2026-01-01', to: '2026-07-01' }],
    ['a semi-annual review in January looks at July-December', EngagementLevel.SEMIANNUAL_BUSINESS_REVIEW, '2026-01-20', { from: '2025-07-01', to: '2026-01-01' }],
    ['an annual review looks at the last calendar year', EngagementLevel.ANNUAL_BUSINESS_REVIEW, '2026-01-20', { from: '2025-01-01', to: '2026-01-01' }],
  ])('%s', (_name, level, date, period) => {
    expect(defaultPeriod(level, occurrence(date))).toEqual(period);
  });

  it('gives an informal sync the days since the last sync, and the first one as many days as the next is ahead', () => {
    expect(defaultPeriod(EngagementLevel.INFORMAL_SYNC, occurrence('2026-02-09', '2026-02-02', '2026-02-16'))).toEqual({ from: '2026-02-02', to: '2026-02-09' });
    expect(defaultPeriod(EngagementLevel.INFORMAL_SYNC, occurrence('2026-02-02', null, '2026-02-16'))).toEqual({ from: '2026-01-19', to: '2026-02-02' });
    expect(defaultPeriod(EngagementLevel.INFORMAL_SYNC, occurrence('2026-02-02', '2026-02-02', null))).toEqual({ from: '2026-02-01', to: '2026-02-02' });
  });
});

describe('cadenceOccurrences', () => {
  it('keeps the meeting at its local time across DST and links each occurrence to its neighbours', () => {
    const found = cadenceOccurrences('FREQ=MONTHLY;BYDAY=+1TU', '2026-02-01', '10:00', 'Europe/Helsinki', { until: new Date('2026-05-01T00:00:00Z') }, 10);
    expect(found.map((o) => [o.at.toISOString(), o.localDate, o.previousLocalDate, o.nextLocalDate])).toEqual([
      ['2026-02-03T08:00:00.000Z', '2026-02-03', null, '2026-03-03'],
      ['2026-03-03T08:00:00.000Z', '2026-03-03', '2026-02-03', '2026-04-07'],
      ['2026-04-07T07:00:00.000Z', '2026-04-07', '2026-03-03', '2026-05-05'],
    ]);
  });

  it('stops one past the limit, so an endless daily rule costs nothing', () => {
    expect(cadenceOccurrences('FREQ=DAILY', '2026-01-01', '09:00', 'UTC', { until: new Date('2036-01-01T00:00:00Z') }, 5)).toHaveLength(6);
  });

  it('lists a window after an instant, linking its first occurrence to the one before', () => {
    const found = cadenceOccurrences('FREQ=WEEKLY;BYDAY=MO', '2020-01-06', '09:00', 'UTC',
      { after: new Date('2026-03-02T09:00:00Z'), until: new Date('2026-03-17T00:00:00Z') }, 5);
    expect(found.map((o) => [o.localDate, o.previousLocalDate])).toEqual([['2026-03-09', '2026-03-02'], ['2026-03-16', '2026-03-09']]);
  });

  it('places the local date in the client zone (Sydney is a day ahead of UTC in the morning)', () => {
    const [first] = cadenceOccurrences('FREQ=WEEKLY;BYDAY=MO', '2026-03-02', '08:30', 'Australia/Sydney', { until: new Date('2026-03-05T00:00:00Z') }, 5);
    expect(first).toMatchObject({ localDate: '2026-03-02', at: new Date('2026-03-01T21:30:00.000Z') });
  });
});

describe('reviewLocalPeriod', () => {
  it('reads the period in the client zone, at least one day', () => {
    expect(reviewLocalPeriod({ periodStart: new Date('2025-12-31T22:00:00Z'), periodEnd: new Date('2026-01-31T22:00:00Z') }, 'Europe/Helsinki'))
      .toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(reviewLocalPeriod({ periodStart: new Date('2026-01-05T08:00:00Z'), periodEnd: new Date('2026-01-05T12:00:00Z') }, 'UTC'))
      .toEqual({ from: '2026-01-05', to: '2026-01-06' });
  });
});

describe('whole-period figures', () => {
  it.each([
    [{ from: '2026-03-01', to: '2026-04-01' }, 'MONTH'],
    [{ from: '2026-04-01', to: '2026-07-01' }, 'QUARTER'],
    [{ from: '2026-01-01', to: '2026-07-01' }, 'YEAR'],
    [{ from: '2025-12-29', to: '2026-01-05' }, 'WEEK'],
    [{ from: '2025-12-31', to: '2026-01-01' }, 'MONTH'],
    [{ from: '2025-12-15', to: '2026-01-15' }, null],
  ])('%o is one bucket at %s', (period, granularity) => {
    expect(singleBucketGranularity(period)).toBe(granularity);
  });

  it('combines buckets exactly where the figure allows it', () => {
    const f = (key: KpiKey, figure: KpiFigure['figure'], bucket: string, value: number | null, numerator: number | null, denominator: number | null): KpiFigure =>
      ({ key, figure, bucket, group: null, value, numerator, denominator });
    const merged = mergeBucketFigures([
      f(KpiKey.reopen_rate, 'RATIO', '2026-01-01', 0, 0, 2), f(KpiKey.reopen_rate, 'RATIO', '2025-12-29', 0.5, 1, 2),
      f(KpiKey.ticket_volume, 'COUNT', '2025-12-29', 3, null, null), f(KpiKey.ticket_volume, 'COUNT', '2026-01-01', 4, null, null),
      f(KpiKey.first_response_time, 'MEAN', '2025-12-29', 10, null, 1), f(KpiKey.first_response_time, 'MEAN', '2026-01-01', 40, null, 2),
      f(KpiKey.first_response_time, 'MEDIAN', '2025-12-29', 10, null, 1), f(KpiKey.first_response_time, 'MEDIAN', '2026-01-01', 40, null, 2),
      f(KpiKey.backlog, 'COUNT', '2025-12-29', 9, null, null), f(KpiKey.backlog, 'COUNT', '2026-01-01', 5, null, null),
    ]);
    const get = (key: string, figure: string) => merged.find((m) => m.key === key && m.figure === figure);
    expect(get('reopen_rate', 'RATIO')).toEqual({ key: 'reopen_rate', figure: 'RATIO', group: null, value: 0.25, numerator: 1, denominator: 4 });
    expect(get('ticket_volume', 'COUNT')!.value).toBe(7);
    expect(get('first_response_time', 'MEAN')).toMatchObject({ value: 30, denominator: 3 });
    expect(get('first_response_time', 'MEDIAN')).toMatchObject({ value: null, denominator: 3 });
    expect(get('backlog', 'COUNT')!.value).toBe(5);
  });

  it('restates only what differs beyond float noise', () => {
    expect(restates({ value: 0.3, numerator: 3, denominator: 10 }, { value: 0.1 + 0.2, numerator: 3, denominator: 10 })).toBe(false);
    expect(restates({ value: null, numerator: 0, denominator: 0 }, { value: null, numerator: 0, denominator: 0 })).toBe(false);
    expect(restates({ value: 0.5, numerator: 5, denominator: 10 }, { value: 0.5, numerator: 10, denominator: 20 })).toBe(true);
    expect(restates({ value: null, numerator: null, denominator: 0 }, { value: 12, numerator: null, denominator: 1 })).toBe(true);
  });
});

describe('earlier snapshots', () => {
  const s = (id: string, periodFrom: string, periodTo: string) => ({ id, periodFrom, periodTo });
  const history = [s('q1-25', '2025-01-01', '2025-04-01'), s('q2', '2025-04-01', '2025-07-01'), s('q3', '2025-07-01', '2025-10-01'), s('q1-26', '2026-01-01', '2026-04-01')];

  it('lists the earlier ones most recent first and finds the same period a year earlier', () => {
    expect(earlierSnapshots(history, history[3]!).map((x) => x.id)).toEqual(['q3', 'q2', 'q1-25']);
    expect(yearAgoSnapshot(history, history[3]!)?.id).toBe('q1-25');
    expect(yearAgoSnapshot(history, history[2]!)).toBeUndefined();
  });

  it("matches a weekly sync a year earlier though it starts on another date", () => {
    const syncs = [s('then', '2025-03-03', '2025-03-10'), s('now', '2026-03-02', '2026-03-09')];
    expect(yearAgoSnapshot(syncs, syncs[1]!)?.id).toBe('then');
  });
});

describe('CSI impact, SLA change summaries and what-if tallies', () => {
  it('measures each baseline against the later value in the KPI direction', () => {
    const baseline = (key: KpiKey, value: number) => ({ key, figure: 'RATIO', value, kpiDefinitionId: key, kind: CsiMeasurementKind.BASELINE }) as unknown as CsiKpiMeasurement;
    const impacts = kpiImpacts([baseline(KpiKey.first_contact_resolution, 0.5), baseline(KpiKey.escalation_rate, 0.2)], [
      { key: 'first_contact_resolution', figure: 'RATIO', value: 0.6 }, { key: 'escalation_rate', figure: 'RATIO', value: 0.3 },
    ]);
    expect(impacts.map((i) => [i.key, i.baseline, i.value, i.trend])).toEqual([
      ['first_contact_resolution', 0.5, 0.6, 'IMPROVED'], ['escalation_rate', 0.2, 0.3, 'WORSENED'],
    ]);
    expect(kpiImpacts([baseline(KpiKey.csat, 0.9)], [])[0]).toMatchObject({ value: null, trend: 'NO_DATA' });
  });

  it('summarizes what a new SLA version changes', () => {
    expect(summarizeSlaChange('Std', 3, '2027-01-01',
      [{ priority: Priority.P1, firstResponseMinutes: 15, resolutionMinutes: 240 }, { priority: Priority.P2, firstResponseMinutes: 60, resolutionMinutes: 480 }],
      [{ priority: Priority.P1, firstResponseMinutes: 10, resolutionMinutes: 240 }, { priority: Priority.P3, firstResponseMinutes: 120, resolutionMinutes: 960 }],
    )).toBe('SLA policy "Std" v3 from 2027-01-01: P1 response 15 -> 10 min; P2 response 60 min -> none, resolution 480 min -> none; P3 response none -> 120 min, resolution none -> 960 min');
  });

  it('counts attainment as the KPIs do', () => {
    expect(tallyAttainment(['MET', 'MET', 'BREACHED', 'PENDING', 'NO_TARGET'])).toEqual({ met: 2, breached: 1, pending: 1, noTarget: 1, attainment: 2 / 3 });
    expect(tallyAttainment(['PENDING']).attainment).toBeNull();
  });
});
