/**
 * Typed and pasted cells turned into report saves. Each cell is read (万元 to exact 元), merged
 * into its enterprise's report, and checked with the anomaly rules against last month and last
 * year: a cell with an error is not saved and comes back with its message; warnings are saved
 * (the grid lists them from what is stored).
 */
import type { Period } from '../../shared/periods/period';
import { findReportAnomalies, type ReportFigures } from '../../shared/reports/report-anomalies';
import { readFigureText } from '../../shared/reports/report-figure-text';
import {
  reportFigureFields,
  type ReportFigureField,
  type RevenueReport,
} from '../../shared/reports/revenue-report';
import type { LocalizedText } from '../../shared/text/localized-text';
import type { Draft } from '../db/change-plan';
import type { RevenueEntryRow } from './revenue-entry-rows';

export interface CellEdit {
  readonly enterpriseId: string;
  readonly field: ReportFigureField;
  readonly text: string;
}

export interface CellRejection extends CellEdit {
  readonly message: LocalizedText;
}

export interface ReportSave {
  readonly draft: Draft<RevenueReport>;
  /** The version the figures were typed over (0: none stored), so a concurrent change is refused. */
  readonly expectedVersion: number;
}

export interface ReportEditPlan {
  readonly saves: readonly ReportSave[];
  readonly rejected: readonly CellRejection[];
  /** Cells whose value was accepted (changed or not). */
  readonly accepted: number;
}

type Figures = Map<ReportFigureField, number>;

function figuresOf(report: RevenueReport | undefined): Figures {
  const figures: Figures = new Map();
  for (const field of reportFigureFields) {
    const value = report?.[field];
    if (value !== undefined) figures.set(field, value);
  }
  return figures;
}

function asReportFigures(figures: Figures): ReportFigures {
  return Object.fromEntries(figures);
}

function sameFigures(a: Figures, b: Figures): boolean {
  return reportFigureFields.every((field) => a.get(field) === b.get(field));
}

function draftOf(row: RevenueEntryRow, period: Period, figures: Figures): Draft<RevenueReport> {
  const report = row.report;
  return {
    ...(report === undefined ? {} : { id: report.id }),
    ...(report?.demo === true ? { demo: true } : {}),
    enterpriseId: row.enterpriseId,
    period,
    ...asReportFigures(figures),
  };
}

/** Plans the saves for cells typed or pasted into the rows of one park and period. */
export function planReportEdits(
  rows: ReadonlyMap<string, RevenueEntryRow>,
  period: Period,
  edits: readonly CellEdit[],
): ReportEditPlan {
  const editsByRow = new Map<string, CellEdit[]>();
  for (const edit of edits) {
    const list = editsByRow.get(edit.enterpriseId) ?? [];
    list.push(edit);
    editsByRow.set(edit.enterpriseId, list);
  }
  const saves: ReportSave[] = [];
  const rejected: CellRejection[] = [];
  let accepted = 0;
  for (const [enterpriseId, rowEdits] of editsByRow) {
    const row = rows.get(enterpriseId);
    if (row === undefined) continue;
    const original = figuresOf(row.report);
    const figures: Figures = new Map(original);
    const applied: CellEdit[] = [];
    for (const edit of rowEdits) {
      const reading = readFigureText(edit.field, edit.text);
      if (reading.kind === 'invalid') {
        rejected.push({ ...edit, message: reading.message });
        continue;
      }
      if (reading.kind === 'blank') figures.delete(edit.field);
      else figures.set(edit.field, reading.value);
      applied.push(edit);
    }
    const errors = findReportAnomalies(asReportFigures(figures), {
      previousPeriod: row.previous,
      samePeriodLastYear: row.lastYear,
    }).filter((anomaly) => anomaly.severity === 'error');
    for (const edit of applied) {
      const error = errors.find((anomaly) => anomaly.field === edit.field);
      if (error === undefined) {
        accepted += 1;
        continue;
      }
      rejected.push({ ...edit, message: error.message });
      const originalValue = original.get(edit.field);
      if (originalValue === undefined) figures.delete(edit.field);
      else figures.set(edit.field, originalValue);
    }
    if (sameFigures(original, figures)) continue;
    saves.push({
      draft: draftOf(row, period, figures),
      expectedVersion: row.report?.version ?? 0,
    });
  }
  return { saves, rejected, accepted };
}
