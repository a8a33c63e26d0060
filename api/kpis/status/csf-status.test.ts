import { describe, expect, it } from 'vitest';
import { csfStatus } from './csf-status.js';
import type { KpiStatus } from './kpi-status.js';

describe('csfStatus', () => {
  it.each<[string, readonly KpiStatus[], KpiStatus]>([
    ['no KPIs', [], 'NO_DATA'],
    ['only KPIs without data', ['NO_DATA', 'NO_DATA'], 'NO_DATA'],
    ['one GREEN', ['GREEN'], 'GREEN'],
    ['all GREEN', ['GREEN', 'GREEN', 'GREEN'], 'GREEN'],
    ['GREEN with a KPI without data: NO_DATA ignored', ['NO_DATA', 'GREEN'], 'GREEN'],
    ['any AMBER beats GREEN', ['GREEN', 'AMBER', 'GREEN'], 'AMBER'],
    ['AMBER with NO_DATA', ['AMBER', 'NO_DATA'], 'AMBER'],
    ['any RED beats AMBER and GREEN', ['GREEN', 'AMBER', 'RED'], 'RED'],
    ['RED first', ['RED', 'GREEN'], 'RED'],
    ['RED with NO_DATA', ['NO_DATA', 'RED', 'NO_DATA'], 'RED'],
  ])('%s', (_name, statuses, expected) => {
    expect(csfStatus(statuses)).toBe(expected);
  });
});
