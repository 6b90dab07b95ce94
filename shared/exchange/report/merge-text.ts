/** A merge report as the office reads it: files read, records per kind, what needs a decision. */
import { importEntityLabels } from '../mapping/import-entity';
import { importField } from '../mapping/import-fields';
import type { MergeReport, MergeSource } from './merge-report';
import { shownValue } from './shown-value';

function place(source: MergeSource): string {
  return `${source.file} ${source.sheet} 第 ${source.row} 行`;
}

export function mergeReportText(report: MergeReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error !== undefined) {
      lines.push(
        `${file.file}：无法读取 [${file.error.code}]`,
        `  ${file.error.message.replace('\n', '\n  ')}`,
      );
      continue;
    }
    const sheets = file.sheets.map(
      (sheet) =>
        `${sheet.name}（${importEntityLabels[sheet.entity].zh}）${sheet.rows} 行${sheet.unreadableCells === 0 ? '' : `，${sheet.unreadableCells} 个单元格无法读取未合并`}`,
    );
    lines.push(`${file.file}：${sheets.length === 0 ? '没有可合并的数据' : sheets.join('；')}`);
  }
  lines.push(
    `合并后：${report.sheets.map((sheet) => `${importEntityLabels[sheet.entity].zh} ${sheet.records} 条`).join('，') || '没有记录'}`,
  );
  for (const duplicate of report.duplicates) {
    lines.push(
      `重复（${importEntityLabels[duplicate.entity].zh} ${duplicate.key}）：${duplicate.sources.map(place).join('；')}`,
    );
  }
  for (const disagreement of report.disagreements) {
    lines.push(
      `不一致（${importEntityLabels[disagreement.entity].zh} ${disagreement.key}，${importField(disagreement.field).label.zh}）：${disagreement.reports.map((item) => `${place(item)} 为 ${shownValue(disagreement.field, item.value)}`).join('；')}`,
    );
  }
  lines.push(
    report.out === null
      ? '未写出合并文件：有文件无法读取，请先处理 (nothing written: a file could not be read)'
      : `合并文件：${report.out}${report.ok ? '' : '（重复与不一致列在“待核实”工作表，请逐条决定）'}`,
  );
  return lines.join('\n');
}
