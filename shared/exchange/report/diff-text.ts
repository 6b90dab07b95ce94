/**
 * A diff report as the office reads it: per sheet the counts, then per record what changed,
 * at the returned file's row and column, with the value as sent and as returned.
 */
import { importEntityLabels } from '../mapping/import-entity';
import { importField } from '../mapping/import-fields';
import type { DiffField, DiffRecord, DiffReport, DiffSheetReport } from './diff-report';
import { shownValue } from './shown-value';

const statusLabels: Readonly<Record<DiffField['status'], string>> = {
  unchanged: '未改',
  'changed-there': '对方修改',
  'changed-here': '本方修改',
  conflict: '冲突',
  unreadable: '无法读取',
};

function fieldLine(field: DiffField): string {
  const place = field.column === null ? '' : `${field.column} 列 `;
  const label = field.header ?? importField(field.field).label.zh;
  return `      ${place}${label}：${shownValue(field.field, field.before)} → ${shownValue(field.field, field.after)}（${statusLabels[field.status]}）`;
}

function recordLines(record: DiffRecord): string[] {
  switch (record.change) {
    case 'changed':
      return [
        `    第 ${record.row} 行 记录 ${record.recordId}${record.matchedBy === 'credit-code' ? '（记录ID被改动，按统一社会信用代码对应）' : ''}：`,
        ...record.fields.map(fieldLine),
      ];
    case 'added':
      return [
        `    第 ${record.row} 行：新增记录${record.recordId === null ? '' : `（记录ID ${record.recordId} 不在导出中）`}`,
      ];
    case 'deleted':
      return [
        `    记录 ${record.recordId}：返回的文件中已没有这一行，请核实是否应删除（不会自动删除）`,
      ];
    case 'duplicate':
      return [`    第 ${record.row} 行：与前面的行是同一记录 ${record.recordId}，请只保留一行`];
  }
}

function sheetLines(sheet: DiffSheetReport): string[] {
  const { unchanged, changed, added, deleted, duplicates, unreadable } = sheet.counts;
  const entity = sheet.entity === null ? '' : `（${importEntityLabels[sheet.entity].zh}）`;
  return [
    `  工作表“${sheet.name}”${entity}：未改 ${unchanged}，修改 ${changed}，新增 ${added}，删除 ${deleted}，重复 ${duplicates}，无法读取的单元格 ${unreadable}`,
    ...sheet.records.flatMap(recordLines),
    ...sheet.problems.map((problem) => `    ${problem.message.replace('\n', '\n    ')}`),
  ];
}

export function diffReportText(report: DiffReport): string {
  const heading = `比较 ${report.exported} → ${report.returned}`;
  if (report.error !== undefined) {
    return `${heading}：无法比较 (cannot compare)\n  ${report.error.file} [${report.error.code}] ${report.error.message.replace('\n', '\n  ')}`;
  }
  const verdict = report.ok ? '可直接导入 clean' : '有需要核实的行 needs review';
  return [
    `${heading}（导出编号 ${report.exportId ?? ''}）：${verdict}`,
    ...report.sheets.flatMap(sheetLines),
  ].join('\n');
}
