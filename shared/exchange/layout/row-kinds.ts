/**
 * The rows of an office table that are not records: blank rows, notes and sign-off lines
 * (注：…, 填表人：…), totals (合计, 小计, 总计), section headings (一、重点企业), the 栏次 row of
 * column numbers under a statistics form's header, and the header repeated on each printed page.
 */
import { localized, type LocalizedText } from '../../text/localized-text';
import { cellText, isBlankCell, isBlankRow, type SheetRow } from '../workbook/sheet-grid';

export const skipReasons = [
  'blank',
  'note',
  'total',
  'subtotal',
  'section',
  'column-numbers',
  'repeated-header',
  'serial-only',
] as const;
export type SkipReason = (typeof skipReasons)[number];

export const skipReasonLabels: Readonly<Record<SkipReason, LocalizedText>> = {
  blank: localized('空行', 'blank row'),
  note: localized('注释或落款行', 'note or sign-off line'),
  total: localized('合计行', 'totals row'),
  subtotal: localized('小计行', 'subtotal row'),
  section: localized('分组标题行', 'section heading'),
  'column-numbers': localized('栏次行', 'column-number row'),
  'repeated-header': localized('重复的表头', 'repeated header'),
  'serial-only': localized('只有序号的空行', 'row with only a serial number'),
};

/** The texts of a row's non-blank cells, in order, numbers included. */
export function rowTexts(row: SheetRow | undefined): string[] {
  return (row ?? []).map(cellText).filter((text) => text !== '');
}

/**
 * The row's text cells, trimmed and without inner spaces ("合 计" → "合计"). Labels, notes and
 * headings are text; leaving numbers out spares formatting every figure of every row.
 */
function labelTexts(row: SheetRow): string[] {
  const texts: string[] = [];
  for (const cell of row) {
    if (typeof cell?.value !== 'string') continue;
    const text = compactText(cell.value);
    if (text !== '') texts.push(text);
  }
  return texts;
}

const notePattern =
  /^(?:注|说明|备注|填表说明|填报说明|数据来源|资料来源)\s*(?:[:：、.．\d１-９①-⑩]|$)|^(?:填表人|填报人|制表人|制表|审核人|审核|负责人|单位负责人|统计负责人|联系人|联系电话|报出日期|填报日期|制表日期)\s*[:：]/;
const totalWords = /^(?:合计|总计|共计|总合计|累计|total|grandtotal)$|(?:合计|总计)$/i;
const subtotalWords = /^(?:小计|subtotal)$|小计$/i;
const sectionPattern =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|其中[:：]?)/;
/** The letters statistics forms number their label columns with, in the 栏次 row. */
const columnLabels = new Set(['甲', '乙', '丙', '丁', 'A', 'B', 'C', 'D']);

export function compactText(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

function isColumnNumberRow(row: SheetRow): boolean {
  const texts = rowTexts(row);
  if (texts.length < 3) return false;
  let expected: number | null = null;
  for (const text of texts) {
    if (columnLabels.has(text) && expected === null) continue;
    const value = Number(text);
    if (!Number.isInteger(value) || (expected !== null && value !== expected)) return false;
    expected = value + 1;
  }
  return expected !== null;
}

export interface RowKindContext {
  /** The texts of the header's last row, to recognise the header repeated further down. */
  readonly headerTexts: ReadonlySet<string>;
  /** The row right under the header, where a 栏次 row sits. */
  readonly isFirstAfterHeader: boolean;
}

/** The header's texts as rows are compared with them, for `RowKindContext.headerTexts`. */
export function headerTextSet(headers: readonly string[]): ReadonlySet<string> {
  return new Set(headers.map(compactText).filter((text) => text !== ''));
}

/** A total's or subtotal's label is among a row's first texts: 合计 in the name column, say. */
const labelColumns = 3;

/** How many items pass, counted without a filtered copy: skipReasonOf runs for every row. */
function countOf<T>(items: readonly T[], counts: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (counts(item)) count += 1;
  return count;
}

/** Why a row is not a record, or null when it is one. */
export function skipReasonOf(
  row: SheetRow | undefined,
  context: RowKindContext,
): SkipReason | null {
  if (row === undefined || isBlankRow(row)) return 'blank';
  const texts = labelTexts(row);
  const [first = ''] = texts;
  if (notePattern.test(first)) return 'note';
  if (texts.some((text, index) => index < labelColumns && subtotalWords.test(text))) {
    return 'subtotal';
  }
  if (texts.some((text, index) => index < labelColumns && totalWords.test(text))) return 'total';
  if (sectionPattern.test(first) && countOf(row, (cell) => !isBlankCell(cell)) === 1) {
    return 'section';
  }
  if (context.isFirstAfterHeader && isColumnNumberRow(row)) return 'column-numbers';
  if (context.headerTexts.size >= 2) {
    const repeated = countOf(texts, (text) => context.headerTexts.has(text));
    if (repeated / context.headerTexts.size >= 0.6) return 'repeated-header';
  }
  return null;
}

export function skipMessage(reason: SkipReason, rowNumber: number, text: string): LocalizedText {
  const label = skipReasonLabels[reason];
  const quoted = text === '' ? { zh: '', en: '' } : { zh: `“${text}”`, en: ` "${text}"` };
  return localized(
    `第 ${rowNumber} 行是${label.zh}${quoted.zh}，已跳过`,
    `Row ${rowNumber} is a ${label.en}${quoted.en}; skipped`,
  );
}
