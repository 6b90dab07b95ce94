import { describe, expect, it } from 'vitest';
import { recordIdHeader } from '../exchange-format/exchange-sheets';
import type { RecordComparison } from './compare-records';
import {
  anExportedWorkbook,
  cellAt,
  columnIndexOf,
  withCell,
  withSheetRows,
} from './test-support/exchange-workbooks';
import { diffExchangeWorkbooks, type WorkbookDiff } from './workbook-diff';

const exported = anExportedWorkbook();
const idColumn = columnIndexOf(exported, '企业', recordIdHeader);
const contactColumn = columnIndexOf(exported, '企业', '联系人');

function sheetOf(diff: WorkbookDiff, name: string) {
  if (!diff.ok) throw new Error(diff.error.message.en);
  const sheet = diff.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every comparison that is not a matched record with all its cells unchanged. */
function changesOf(diff: WorkbookDiff): RecordComparison[] {
  if (!diff.ok) throw new Error(diff.error.message.en);
  return diff.sheets.flatMap((sheet) =>
    sheet.comparisons.filter(
      (comparison) =>
        comparison.kind !== 'matched' ||
        comparison.cells.some((cell) => cell.status !== 'unchanged'),
    ),
  );
}

describe('diffExchangeWorkbooks', () => {
  it('compares a pair of the previous format version over their own sheets and columns', () => {
    const sent = anExportedWorkbook('sent-v1.xlsx', { formatVersion: 1 });
    const contact = columnIndexOf(sent, '企业', '联系人');
    const returned = withSheetRows(sent, '企业', (rows) =>
      withCell(rows, 2, contact, { value: '对方改' }),
    );
    const diff = diffExchangeWorkbooks(sent, returned);
    expect(diff.ok && diff.sheets.map((sheet) => sheet.name)).not.toContain('培育里程碑');
    expect(
      changesOf(diff).flatMap((comparison) =>
        comparison.kind === 'matched'
          ? comparison.cells.filter((cell) => cell.status !== 'unchanged').map((cell) => cell.field)
          : [comparison.kind],
      ),
    ).toEqual(['contactName']);
  });

  it('finds nothing changed in a workbook returned as it was sent', () => {
    const diff = diffExchangeWorkbooks(exported, { ...exported, fileName: 'returned.xlsx' });
    expect(changesOf(diff)).toEqual([]);
    expect(sheetOf(diff, '企业').comparisons.length).toBeGreaterThan(0);
  });

  it('names the one cell typed over, with the value as exported and as returned', () => {
    const returned = withSheetRows(exported, '企业', (rows) =>
      withCell(rows, 3, contactColumn, { value: '新联系人' }),
    );
    const [change, ...others] = changesOf(diffExchangeWorkbooks(exported, returned));
    expect(others).toEqual([]);
    expect(change).toMatchObject({
      kind: 'matched',
      rowNumber: 3,
      recordId: cellAt(exported, '企业', 3, idColumn),
    });
    const cells = change?.kind === 'matched' ? change.cells : [];
    expect(cells.filter((cell) => cell.status !== 'unchanged')).toEqual([
      {
        field: 'contactName',
        status: 'changed-there',
        mine: cellAt(exported, '企业', 3, contactColumn) || null,
        theirs: '新联系人',
        baseline: cellAt(exported, '企业', 3, contactColumn) || null,
      },
    ]);
  });

  it('flags a deleted row for review and takes a row added without an id as new', () => {
    const returned = withSheetRows(exported, '企业', (rows) => {
      const [header, , ...rest] = rows;
      const added = [null, { value: '北京新加文化有限公司' }, { value: '91110105MA01ABCD1X' }];
      return [header ?? [], ...rest, added];
    });
    const kinds = changesOf(diffExchangeWorkbooks(exported, returned)).map((found) => found.kind);
    expect(kinds.sort()).toEqual(['added-there', 'deleted-there']);
  });

  it('matches a row whose id was cleared by its credit code', () => {
    const returned = withSheetRows(exported, '企业', (rows) => withCell(rows, 4, idColumn, null));
    const diff = diffExchangeWorkbooks(exported, returned);
    expect(changesOf(diff)).toEqual([]);
    const matched = sheetOf(diff, '企业').comparisons.find(
      (comparison) => comparison.kind === 'matched' && comparison.rowNumber === 4,
    );
    expect(matched).toMatchObject({ matchedBy: 'credit-code' });
  });

  it('refuses a returned workbook from another export, and a first file that is no export', () => {
    const other = anExportedWorkbook('other.xlsx', { exportId: 'export-2' });
    const diff = diffExchangeWorkbooks(exported, other);
    expect(diff).toMatchObject({
      ok: false,
      which: 'returned',
      error: { code: 'different-export' },
    });
    const plain = {
      ...exported,
      sheets: exported.sheets.filter((sheet) => sheet.name !== '_meta'),
    };
    expect(diffExchangeWorkbooks(plain, exported)).toMatchObject({
      ok: false,
      which: 'exported',
      error: { code: 'not-exchange-workbook' },
    });
  });
});
