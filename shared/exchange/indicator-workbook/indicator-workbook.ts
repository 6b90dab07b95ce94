/**
 * The district's indicators for a period as a workbook in the published tables' layout: one
 * table of the headline figures, then revenue by 核心/相关 领域, by 大类 and for 数字文化, then
 * occupancy, events and financing. Every row states its unit and basis (1–N月累计, 期末) and
 * how many enterprises lack data, as the dashboard does; money in 万元.
 */
import type { Figure, FigureBasis, FigureUnit } from '../../indicators/figure';
import { figureUnitLabels, indicatorPopulationLabels } from '../../indicators/figure';
import type { Indicators } from '../../indicators/indicators';
import type { RevenueSlice } from '../../indicators/revenue-indicators';
import { fromYuan } from '../../money/money';
import { periodLabel } from '../../periods/period';
import { neutraliseText } from '../exchange-format/formula-guard';
import type { CellSpec, RowSpec, SheetSpec, WorkbookSpec } from '../exchange-format/workbook-spec';

export const figureBasisLabels: Readonly<Record<FigureBasis, string>> = {
  cumulative: '1-N月累计',
  'period-end': '期末',
  annual: '年度',
  'annualised-estimate': '全年估算',
};

const columnHeaders = [
  '指标',
  '数值',
  '单位',
  '占比（%）',
  '同比增速（%，可比口径）',
  '同比增速（%，按合计重算）',
  '口径',
  '缺数据',
] as const;

function text(value: string): CellSpec {
  return value === '' ? null : neutraliseText(value);
}

/** The figure's value in the unit the table shows: money in 万元, others as computed. */
function shownValue(figure: Figure): CellSpec {
  if (figure.value === null) return text('—');
  const moneyUnit: readonly FigureUnit[] = ['yuan', 'yuan-per-enterprise', 'yuan-per-person'];
  const value = moneyUnit.includes(figure.unit) ? fromYuan(figure.value, 'wan-yuan') : figure.value;
  return { kind: 'number', value };
}

function unitText(unit: FigureUnit): string {
  switch (unit) {
    case 'yuan':
      return '万元';
    case 'yuan-per-enterprise':
      return '万元/家';
    case 'yuan-per-person':
      return '万元/人';
    default:
      return figureUnitLabels[unit].zh;
  }
}

function missingText(figure: Figure): string {
  if (figure.value === null) return figure.unavailableReason.zh;
  if (figure.missing === 0) return '';
  const of = { enterprises: '家企业', events: '场活动', parks: '个园区' }[figure.missingOf];
  return `${String(figure.missing)} ${of}未填报`;
}

interface FigureRowOptions {
  readonly label?: string;
  readonly share?: Figure;
  readonly yoyReported?: Figure;
  readonly yoyRecomputed?: Figure;
}

function figureRow(figure: Figure, options: FigureRowOptions = {}): RowSpec {
  const percentCell = (rate: Figure | undefined): CellSpec =>
    rate === undefined
      ? null
      : rate.value === null
        ? text('—')
        : { kind: 'number', value: rate.value };
  return {
    style: 'data',
    cells: [
      text(options.label ?? figure.label.zh),
      shownValue(figure),
      text(unitText(figure.unit)),
      percentCell(options.share),
      percentCell(options.yoyReported),
      percentCell(options.yoyRecomputed),
      text(figureBasisLabels[figure.basis]),
      text(missingText(figure)),
    ],
  };
}

function sliceRow(label: string, slice: RevenueSlice): RowSpec {
  return figureRow(slice.revenue, {
    label,
    share: slice.share,
    yoyReported: slice.yoyReportedComparable,
    yoyRecomputed: slice.yoyRecomputedFromTotals,
  });
}

function sectionRow(title: string): RowSpec {
  return { style: 'subtitle', cells: [text(title)] };
}

export interface IndicatorWorkbookFacts {
  /** The scope in words: 全区, 实验区, a street's or a park's name. */
  readonly scopeText: string;
  readonly exportedAtText: string;
  readonly exportedBy: string;
}

export function indicatorWorkbook(
  indicators: Indicators,
  facts: IndicatorWorkbookFacts,
): WorkbookSpec {
  const period = periodLabel(indicators.period).zh;
  const { revenue, enterprises, occupancy, events, financing } = indicators;
  const rows: RowSpec[] = [
    { style: 'title', cells: [text(`${facts.scopeText}文化产业主要指标（${period}）`)] },
    {
      style: 'subtitle',
      cells: [
        text(
          `统计对象：${indicatorPopulationLabels[indicators.population].zh}；金额单位：万元；导出：${facts.exportedBy}，${facts.exportedAtText}`,
        ),
      ],
    },
    { style: 'header', cells: columnHeaders.map(text) },
    sectionRow('一、企业与营收'),
    figureRow(enterprises.all),
    figureRow(enterprises.culture),
    figureRow(enterprises.aboveScale),
    figureRow(revenue.revenue, {
      yoyReported: revenue.yoyReportedComparable,
      yoyRecomputed: revenue.yoyRecomputedFromTotals,
    }),
    figureRow(revenue.revenueSamePeriodLastYear),
    figureRow(revenue.profit),
    figureRow(revenue.tax),
    figureRow(revenue.employees),
    figureRow(revenue.revenuePerEnterprise),
    figureRow(revenue.revenuePerEmployee),
    sectionRow('二、按领域'),
    sliceRow('文化核心领域', revenue.core),
    sliceRow('文化相关领域', revenue.related),
    sliceRow('未分类', revenue.unclassified),
    sectionRow('三、按大类'),
    ...revenue.byCategory.map((slice) =>
      sliceRow(`${slice.category.code} ${slice.category.name}`, slice),
    ),
    sectionRow('四、数字文化（文化新业态）'),
    sliceRow('数字文化', revenue.digitalCulture),
    sectionRow('五、园区、活动与融资'),
    figureRow(occupancy.rentableArea),
    figureRow(occupancy.leasedArea),
    figureRow(occupancy.rate),
    figureRow(events.count),
    figureRow(events.visitors),
    figureRow(financing.count),
    figureRow(financing.enterprisesFinanced),
    figureRow(financing.amount),
  ];
  const sheet: SheetSpec = {
    name: '主要指标',
    visibility: 'visible',
    columns: [
      { width: 30 },
      { width: 16, numberFormat: '#,##0.00' },
      { width: 10 },
      { width: 10, numberFormat: '0.0' },
      { width: 16, numberFormat: '0.0' },
      { width: 16, numberFormat: '0.0' },
      { width: 12 },
      { width: 30 },
    ],
    rows,
    frozenRows: 3,
    merges: [
      { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: columnHeaders.length - 1 },
      { firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: columnHeaders.length - 1 },
    ],
    validations: [],
  };
  return {
    title: `${facts.scopeText}文化产业主要指标（${period}）`,
    creator: facts.exportedBy,
    sheets: [sheet],
  };
}
