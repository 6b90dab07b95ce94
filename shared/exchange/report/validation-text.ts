/**
 * A file report as the district office reads it in a terminal: per file what it is, per sheet
 * what was found (entity, header rows, columns and their fields), the row counts, the skipped
 * rows and every problem, Chinese first with the English under it.
 */
import { skipReasonLabels } from '../layout/row-kinds';
import { columnUnitLabels } from '../mapping/column-unit';
import { importEntityLabels } from '../mapping/import-entity';
import { importField } from '../mapping/import-fields';
import { workbookFormatLabels } from '../workbook/file-content';
import type { FileReport, ReportColumn, ReportIssue, SheetReport } from './validation-report';

const severityLabels = { error: '错误 error', warning: '提示 warning' } as const;

function indented(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function columnLine(column: ReportColumn): string {
  const target =
    column.field === null ? '（未对应字段 unmapped）' : `→ ${importField(column.field).label.zh}`;
  const unit = column.unit === null ? '' : `［${columnUnitLabels[column.unit].zh}］`;
  return `    ${column.letter} ${column.header === '' ? '（空表头）' : column.header} ${target}${unit}`;
}

function issueLines(issue: ReportIssue): string {
  const place = issue.column === null ? `第 ${issue.row} 行` : `${issue.column}${issue.row}`;
  return indented(
    `[${severityLabels[issue.severity]}] ${place} ${issue.code}\n${issue.message}`,
    '    ',
  );
}

function sheetLines(sheet: SheetReport): string[] {
  const heading = `  工作表“${sheet.name}”：${
    sheet.entity === null ? '未识别数据类型 (entity unknown)' : importEntityLabels[sheet.entity].zh
  }`;
  if (sheet.firstDataRow === null) return [heading, '    没有找到表头，未读取 (no header found)'];
  const { data, valid, invalid, skipped } = sheet.rows;
  return [
    heading,
    `    表头在第 ${sheet.headerRows.join('、')} 行，数据从第 ${sheet.firstDataRow} 行开始`,
    ...sheet.columns.map(columnLine),
    `    数据行 ${data}：有效 ${valid}，有错误 ${invalid}；跳过 ${skipped} 行`,
    ...sheet.skipped.map(
      (row) => `    跳过第 ${row.row} 行：${skipReasonLabels[row.reason].zh} (${row.reason})`,
    ),
    ...sheet.issues.map(issueLines),
  ];
}

export function fileReportText(report: FileReport): string {
  const verdict =
    report.error === undefined
      ? report.ok
        ? '通过 OK'
        : '有错误 has errors'
      : '无法读取 unreadable';
  const format = report.format === null ? '' : `，${workbookFormatLabels[report.format].zh}`;
  const encoding = report.encoding === null ? '' : `，编码 ${report.encoding}`;
  const lines = [`${report.file}${format}${encoding}：${verdict}`];
  if (report.error !== undefined) {
    lines.push(indented(`[${report.error.code}] ${report.error.message}`, '  '));
  }
  lines.push(...report.sheets.flatMap(sheetLines));
  return lines.join('\n');
}
