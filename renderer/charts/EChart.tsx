/**
 * ECharts, tree-shaken to the charts the app draws, rendered to SVG (crisp in print and PDF,
 * light for the few hundred points a chart here has). The chart follows its container's size.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export const chartFontFamily =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const chartPalette = ['#b5402a', '#2f6f8f', '#d69a2d', '#5b8c5a', '#7a5c99', '#8c8c8c'];

export interface EChartProps {
  readonly option: EChartsCoreOption;
  readonly height?: number;
  /** Names the chart for screen readers, as the data is only drawn. */
  readonly ariaLabel: string;
  readonly onClickName?: (name: string) => void;
}

export function EChart({ option, height = 280, ariaLabel, onClickName }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    // A ResizeObserver reports the size it starts with too: redrawing then would draw every
    // chart twice in its first frame (the dashboard's four at each start), so only a size the
    // chart was not drawn at redraws it.
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.contentRect;
      if (
        size === undefined ||
        Math.round(size.width) !== instance.getWidth() ||
        Math.round(size.height) !== instance.getHeight()
      ) {
        instance.resize();
      }
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: chartPalette,
        textStyle: { fontFamily: chartFontFamily },
        animation: false,
        ...option,
      },
      { notMerge: true },
    );
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (instance === null || onClickName === undefined) return;
    const handler = (params: { name?: string }) => {
      if (params.name !== undefined) onClickName(params.name);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClickName]);

  return (
    <div ref={container} className="chart" style={{ height }} role="img" aria-label={ariaLabel} />
  );
}
