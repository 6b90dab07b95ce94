/**
 * A problem with one cell or row of a workbook, where the user sees it: Excel's row number,
 * the column letter and its header. An error keeps the row out of the import; a warning lets
 * it in and stays listed. The CLI prints these as they are; the preview grid marks the cell.
 */
import { localized, type LocalizedText } from '../../text/localized-text';
import type { ImportFieldId } from '../mapping/import-fields';
import type { ValueProblemCode } from '../values/value-problem';

export type IssueSeverity = 'error' | 'warning';

export const ruleIssueCodes = [
  'required',
  'invalid-credit-code',
  'legacy-credit-code',
  'invalid-value',
  'duplicate-in-file',
  'no-figures',
  'report-anomaly',
  'above-scale-mismatch',
] as const;
export type RuleIssueCode = (typeof ruleIssueCodes)[number];

export type ImportIssueCode = ValueProblemCode | RuleIssueCode;

export interface ImportIssue {
  /** Excel's row number. */
  readonly rowNumber: number;
  /** Excel's column letter; '' when the problem is the row's, not one cell's. */
  readonly columnLetter: string;
  /** The column's header as the sheet reads it. */
  readonly header: string;
  readonly field: ImportFieldId | null;
  readonly severity: IssueSeverity;
  readonly code: ImportIssueCode;
  /** "第 5 行 C 列（统一社会信用代码）：problem；fix", in Chinese and English. */
  readonly message: LocalizedText;
}

/** Where an issue sits, as the start of its message. */
export function placeText(rowNumber: number, columnLetter: string, header: string): LocalizedText {
  if (columnLetter === '') return localized(`第 ${rowNumber} 行`, `Row ${rowNumber}`);
  return localized(
    `第 ${rowNumber} 行 ${columnLetter} 列（${header}）`,
    `Row ${rowNumber}, column ${columnLetter} (${header})`,
  );
}

export function placedMessage(
  rowNumber: number,
  columnLetter: string,
  header: string,
  problem: LocalizedText,
): LocalizedText {
  const place = placeText(rowNumber, columnLetter, header);
  return localized(`${place.zh}：${problem.zh}`, `${place.en}: ${problem.en}`);
}
