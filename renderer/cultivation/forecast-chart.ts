/**
 * A plan's forecast as a line chart in 亿元: the years reported, the latest year's estimate,
 * where growing on at the achieved rate leads and the path the target requires, with the
 * target drawn across.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ForecastPoint } from '../../shared/cultivation/progress';
import { fromYuan } from '../../shared/money/money';
import { chartPalette } from '../charts/EChart';

export interface ForecastChartLabels {
  readonly actual: string;
  readonly estimate: string;
  readonly projected: string;
  readonly required: string;
  /** The target line's label, with its amount. */
  readonly target: string;
  readonly unit: string;
}

function yi(yuan: number | null): number | null {
  return yuan === null ? null : Math.round(fromYuan(yuan, 'yi-yuan') * 100) / 100;
}

export function forecastChartOption(
  forecast: readonly ForecastPoint[],
  targetYuan: number,
  labels: ForecastChartLabels,
): EChartsCoreOption {
  const series = (name: string, values: (number | null)[], style: object) => ({
    type: 'line',
    name,
    data: values,
    // A gap in the data is a year without a figure, not a zero.
    connectNulls: false,
    symbolSize: 6,
    ...style,
  });
  const colour = (index: number): string => chartPalette[index] ?? 'currentColor';
  const [target, actual, projected, required] = [colour(0), colour(1), colour(2), colour(3)];
  return {
    // Actual and estimate are one quantity, so one colour; the target keeps the accent.
    color: [actual, actual, projected, required],
    grid: { left: 48, right: 24, top: 28, bottom: 56 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => `${String(value)} ${labels.unit}`,
    },
    legend: { bottom: 0, itemWidth: 18, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', data: forecast.map((point) => String(point.year)) },
    yAxis: { type: 'value', name: labels.unit, nameTextStyle: { align: 'right' } },
    series: [
      series(
        labels.actual,
        forecast.map((point) => yi(point.actualYuan)),
        {
          lineStyle: { width: 2.5 },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: target, type: 'solid', width: 1 },
            label: { formatter: labels.target, position: 'insideEndTop', color: target },
            data: [{ yAxis: yi(targetYuan) }],
          },
        },
      ),
      series(
        labels.estimate,
        forecast.map((point) => yi(point.estimateYuan)),
        { symbol: 'diamond', symbolSize: 10, lineStyle: { opacity: 0 } },
      ),
      series(
        labels.projected,
        forecast.map((point) => yi(point.projectedYuan)),
        { lineStyle: { type: 'dashed' } },
      ),
      series(
        labels.required,
        forecast.map((point) => yi(point.requiredYuan)),
        { lineStyle: { type: 'dotted', width: 2 } },
      ),
    ],
  };
}
