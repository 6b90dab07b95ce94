import { describe, expect, it } from 'vitest';
import { generateDemoRegistry } from '../demo/generate-demo';
import type { Period } from '../periods/period';
import { packReports } from '../reports/report-storage';
import { reportFigureFields } from '../reports/revenue-report';
import { aReport } from '../test-support/builders';
import { liveRecords, type ReportFigures } from './indicator-input';
import { computeIndicatorsFromRecords } from './indicators';
import { reportsByPositionOf } from './report-index';
import { liveRecordsFromStorage } from './stored-records';

const demo = generateDemoRegistry({ enterprises: 900, parks: 25, seed: 3 });
const deletedAt = '2025-01-02T08:00:00.000+08:00';
// In the period compared: a deleted report, a deleted duplicate and a newer duplicate, which
// both lookups must leave out and pick alike.
const [deleted, duplicated, updated] = demo.reports.filter((report) => report.period === '2024-10');
const reports = [
  ...demo.reports.map((report) => (report === deleted ? { ...report, deletedAt } : report)),
  ...(duplicated === undefined ? [] : [{ ...duplicated, revenueYuan: 1, deletedAt }]),
  ...(updated === undefined
    ? []
    : [aReport({ ...updated, id: 'newer', updatedAt: '2026-01-01T00:00:00.000+08:00' })]),
];
const stored = liveRecordsFromStorage({
  parks: [...demo.parks],
  enterprises: [...demo.enterprises],
  tenancies: [...demo.tenancies],
  reportYears: packReports(reports),
  parkEvents: [...demo.events],
  financings: [...demo.financings],
});
const flat = liveRecords({ ...demo, reports });

function figuresOf(report: ReportFigures | undefined) {
  return report === undefined
    ? undefined
    : reportFigureFields.map((field) => [field, report[field]] as const);
}

describe('reports by position', () => {
  it.each(['2024-10', '2023-02'] as Period[])(
    'are the same listed at once as asked one by one (%s)',
    (period) => {
      const listed = reportsByPositionOf(stored, period);
      const askedOneByOne = reportsByPositionOf(
        { enterprises: stored.enterprises, reportOf: stored.reportOf },
        period,
      );
      expect(listed.map(figuresOf)).toEqual(askedOneByOne.map(figuresOf));
      expect(listed.filter((report) => report !== undefined).length).toBeGreaterThan(0);
    },
  );

  it('give stored and unpacked records the same district and zone indicators', () => {
    for (const scope of [{ kind: 'district' }, { kind: 'zone' }] as const) {
      for (const population of ['above-scale', 'all'] as const) {
        expect(computeIndicatorsFromRecords(stored, scope, '2024-10', { population })).toEqual(
          computeIndicatorsFromRecords(flat, scope, '2024-10', { population }),
        );
      }
    }
  });
});
