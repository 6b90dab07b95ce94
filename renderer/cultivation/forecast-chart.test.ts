import { describe, expect, it } from 'vitest';
import type { ForecastPoint } from '../../shared/cultivation/progress';
import { forecastChartOption } from './forecast-chart';

const labels = {
  actual: '实际',
  estimate: '估计',
  projected: '预测',
  required: '所需',
  target: '目标 100亿元',
  unit: '亿元',
};

function point(year: number, values: Partial<ForecastPoint> = {}): ForecastPoint {
  return {
    year,
    actualYuan: null,
    estimateYuan: null,
    projectedYuan: null,
    requiredYuan: null,
    ...values,
  };
}

interface LineSeries {
  name: string;
  data: (number | null)[];
  markLine?: { data: { yAxis: number }[] };
}

describe('forecast chart', () => {
  const option = forecastChartOption(
    [
      point(2024, { actualYuan: 5_000_000_000 }),
      point(2025, {
        estimateYuan: 6_123_456_789,
        projectedYuan: 6_123_456_789,
        requiredYuan: 6_123_456_789,
      }),
      point(2026, { projectedYuan: 7_000_000_000, requiredYuan: 8_000_000_000 }),
    ],
    10_000_000_000,
    labels,
  ) as { xAxis: { data: string[] }; series: LineSeries[] };

  it('has one category per year of the forecast', () => {
    expect(option.xAxis.data).toEqual(['2024', '2025', '2026']);
  });

  it('draws each line in 亿元 rounded to 0.01, with gaps where a year has no value', () => {
    const byName = Object.fromEntries(option.series.map((s) => [s.name, s.data]));
    expect(byName).toEqual({
      实际: [50, null, null],
      估计: [null, 61.23, null],
      预测: [null, 61.23, 70],
      所需: [null, 61.23, 80],
    });
  });

  it('marks the target across the chart', () => {
    expect(option.series[0]?.markLine?.data).toEqual([{ yAxis: 100 }]);
  });
});
