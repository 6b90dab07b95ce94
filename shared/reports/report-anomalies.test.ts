import { describe, expect, it } from 'vitest';
import { toYuan } from '../money/money';
import {
  findReportAnomalies,
  hasErrors,
  yoyWarningPercent,
  type ReportAnomalyKind,
  type ReportFigures,
} from './report-anomalies';

/** Figures given in 万元, as people type them. */
function figures(wan: { revenue?: string; priorYear?: string; yoy?: number }): ReportFigures {
  return {
    ...(wan.revenue === undefined ? {} : { revenueYuan: toYuan(wan.revenue, 'wan-yuan') ?? NaN }),
    ...(wan.priorYear === undefined
      ? {}
      : { priorYearRevenueYuan: toYuan(wan.priorYear, 'wan-yuan') ?? NaN }),
    ...(wan.yoy === undefined ? {} : { yoyGrowthReportedPercent: wan.yoy }),
  };
}

function kinds(anomalies: readonly { kind: ReportAnomalyKind }[]): ReportAnomalyKind[] {
  return anomalies.map((anomaly) => anomaly.kind);
}

describe('findReportAnomalies', () => {
  it('finds nothing in a plausible report', () => {
    const anomalies = findReportAnomalies(
      figures({ revenue: '1200', priorYear: '1000', yoy: 20 }),
      {
        previousPeriod: figures({ revenue: '1100' }),
        samePeriodLastYear: figures({ revenue: '1000' }),
      },
    );
    expect(anomalies).toEqual([]);
  });

  it('refuses negative revenue as an error and points to profit for losses', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '-5' }));
    expect(kinds(anomalies)).toEqual(['negative-revenue']);
    expect(anomalies[0]?.severity).toBe('error');
    expect(anomalies[0]?.message.zh).toContain('营业收入不能为负数（填的是 -5.00 万元）');
    expect(anomalies[0]?.message.zh).toContain('利润总额');
    expect(hasErrors(anomalies)).toBe(true);
  });

  it('refuses a negative prior-year revenue too, on that field', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '5', priorYear: '-1' }));
    expect(anomalies.map((anomaly) => anomaly.field)).toEqual(['priorYearRevenueYuan']);
  });

  it('warns when the cumulative figure is below last month', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '90' }), {
      previousPeriod: figures({ revenue: '100' }),
    });
    expect(kinds(anomalies)).toEqual(['cumulative-decrease']);
    expect(anomalies[0]?.severity).toBe('warning');
    expect(anomalies[0]?.message.zh).toContain('90.00 万元 低于上月累计 100.00 万元');
    expect(hasErrors(anomalies)).toBe(false);
  });

  it('accepts a cumulative figure equal to last month', () => {
    expect(
      findReportAnomalies(figures({ revenue: '100' }), {
        previousPeriod: figures({ revenue: '100' }),
      }),
    ).toEqual([]);
  });

  it('warns on a reported YoY beyond the range, but not at its edge', () => {
    expect(kinds(findReportAnomalies(figures({ yoy: yoyWarningPercent + 0.1 })))).toEqual([
      'yoy-out-of-range',
    ]);
    expect(kinds(findReportAnomalies(figures({ yoy: -(yoyWarningPercent + 1) })))).toEqual([
      'yoy-out-of-range',
    ]);
    expect(findReportAnomalies(figures({ yoy: yoyWarningPercent }))).toEqual([]);
  });

  it('computes YoY from the two revenues when none was reported', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '500', priorYear: '100' }));
    expect(kinds(anomalies)).toEqual(['yoy-out-of-range']);
    expect(anomalies[0]?.field).toBe('revenueYuan');
    expect(anomalies[0]?.message.zh).toContain('+400.0%');
  });

  it('uses last year’s report as the base when the prior-year figure is blank', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '500' }), {
      samePeriodLastYear: figures({ revenue: '100' }),
    });
    expect(kinds(anomalies)).toEqual(['yoy-out-of-range']);
  });

  it('checks revenue against last year even beside a plausible reported YoY', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '500', priorYear: '100', yoy: 35 }));
    expect(anomalies.map((anomaly) => [anomaly.kind, anomaly.field])).toEqual([
      ['yoy-out-of-range', 'revenueYuan'],
    ]);
  });

  it('accepts a reported YoY that differs a little from the computed one (可比口径)', () => {
    expect(findReportAnomalies(figures({ revenue: '130', priorYear: '100', yoy: 25 }))).toEqual([]);
  });

  it('asks whether 元 were typed as 万元 when a figure is ~10,000× last month', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '12000000' }), {
      previousPeriod: figures({ revenue: '1100' }),
    });
    expect(kinds(anomalies)).toEqual(['unit-slip-too-large']);
    expect(anomalies[0]?.message.zh).toContain('是否把元当成了万元？');
    expect(anomalies[0]?.message.zh).toContain('上月累计');
  });

  it('asks whether 亿元 were typed as 万元 when a figure is ~1/10,000 of last year', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '0.12' }), {
      samePeriodLastYear: figures({ revenue: '1100' }),
    });
    expect(kinds(anomalies)).toEqual(['unit-slip-too-small']);
    expect(anomalies[0]?.message.zh).toContain('是否把亿元当成了万元？');
  });

  it('reports a slip alone, not the falling cumulative and wild YoY it causes', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '0.1', priorYear: '900' }), {
      previousPeriod: figures({ revenue: '1000' }),
    });
    expect(kinds(anomalies)).toEqual(['unit-slip-too-small']);
  });

  it('does not call a real tenfold or hundredfold change a unit slip', () => {
    const tenfold = findReportAnomalies(figures({ revenue: '1000' }), {
      previousPeriod: figures({ revenue: '100' }),
    });
    expect(tenfold).toEqual([]);
    const hundredfold = findReportAnomalies(figures({ revenue: '10000' }), {
      samePeriodLastYear: figures({ revenue: '100' }),
    });
    expect(kinds(hundredfold)).toEqual(['yoy-out-of-range']);
  });

  it('checks the prior-year figure against what was reported last year', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '1000', priorYear: '9000000' }), {
      samePeriodLastYear: figures({ revenue: '900' }),
    });
    expect(anomalies.map((anomaly) => [anomaly.kind, anomaly.field])).toEqual([
      ['unit-slip-too-large', 'priorYearRevenueYuan'],
    ]);
  });

  it('lists errors before warnings', () => {
    const anomalies = findReportAnomalies(figures({ revenue: '-1', yoy: 900 }));
    expect(anomalies.map((anomaly) => anomaly.severity)).toEqual(['error', 'warning']);
  });
});
