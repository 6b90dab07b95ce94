/**
 * The 说明 sheet: what the workbook is, who exported it, when, for which scope and period, and
 * how to fill it in so that the re-import reads exactly the edits made.
 */
import { periodLabel, type Period } from '../../periods/period';
import type { ExchangeSheetRows } from './exchange-records';
import { exchangeSheetNames, recordIdHeader } from './exchange-sheets';
import { exchangeFormatName } from './format-version';
import { neutraliseText } from './formula-guard';
import type { CellSpec, RowSpec, SheetSpec } from './workbook-spec';

export interface InstructionFacts {
  /** Who exported it, in words: "园区台账 · 某某园区" or the installation's name. */
  readonly exportedBy: string;
  /** When, as the user reads it: "2024-11-05 14:30". */
  readonly exportedAtText: string;
  /** What it covers, in words: "全区" or the parks' names. */
  readonly scopeText: string;
  readonly period: Period | null;
  readonly exportId: string;
  readonly formatVersion: number;
}

const fillingRules = [
  `每个工作表是一类记录，第 1 行是表头：请不要修改表头、工作表名称和“${recordIdHeader}”列。`,
  `修改：直接改单元格的值。新增：在表格末尾另起一行填写，“${recordIdHeader}”留空。`,
  '培育里程碑：每行一个里程碑，写明所属园区；新增里程碑另起一行。',
  '删除：请不要删除行；在“备注”中注明，导入时这些行会列出供您确认，不会被直接删除。',
  '金额单位为万元（培育进展为亿元），面积单位为平方米，日期为 年-月-日，统计期写作“2024年1-10月”（1 至 N 月累计）。',
  '统一社会信用代码、园区编号、电话等列是文本格式，请保留前导零，不要转成数字。',
  '带下拉箭头的列（街道、行业中类、数字文化小类、状态、类型、是/否等）请从下拉列表中选择。',
  '企业标签、此前认定、曾用名、特色方向可填多项，用“、”分隔；企业标签可从下拉列表选一项后再输入其余几项，此前认定写作“2018年 市级文化产业园区”。',
  '改好后保存为 .xlsx 发回，由对方在“数据交换”中导入：每个单元格会标出是对方修改、本地修改还是双方冲突。',
];

function text(value: string): CellSpec {
  return value === '' ? null : neutraliseText(value);
}

function line(label: string, value: string, style: RowSpec['style'] = 'data'): RowSpec {
  return { style, cells: [text(label), text(value)] };
}

export function instructionsSheet(
  facts: InstructionFacts,
  content: readonly ExchangeSheetRows[],
): SheetSpec {
  const rows: RowSpec[] = [
    { style: 'title', cells: [text(exchangeFormatName)] },
    line('导出方', facts.exportedBy),
    line('导出时间', facts.exportedAtText),
    line('范围', facts.scopeText),
    line('统计期', facts.period === null ? '（不含营收）' : periodLabel(facts.period).zh),
    line('格式版本', String(facts.formatVersion)),
    line('导出编号', facts.exportId),
    { style: 'data', cells: [] },
    line('工作表', '记录数', 'header'),
    ...content.map((sheet) => line(sheet.definition.name, String(sheet.rows.length))),
    { style: 'data', cells: [] },
    line('填写说明', '', 'header'),
    ...fillingRules.map((rule, index) => line(String(index + 1), rule, 'note')),
  ];
  return {
    name: exchangeSheetNames.instructions,
    visibility: 'visible',
    columns: [{ width: 14 }, { width: 96 }],
    rows,
    frozenRows: 0,
    merges: [{ firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1 }],
    validations: [],
  };
}
