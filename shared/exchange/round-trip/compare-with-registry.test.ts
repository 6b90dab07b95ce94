import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../enterprises/enterprise';
import { buildExchangeWorkbook } from '../exchange-format/build-exchange-workbook';
import type { ExchangeRecords } from '../exchange-format/exchange-records';
import { parsedWorkbookOfSpec } from '../exchange-format/spec-grid';
import { anExportOptions, demoExchangeRecords } from '../test-support/exchange-records';
import type { RecordComparison } from './compare-records';
import { compareWithRegistry } from './compare-with-registry';
import { planRoundTrip } from './round-trip-plan';
import { columnIndexOf, withCell, withSheetRows } from './test-support/exchange-workbooks';

const records = demoExchangeRecords(30, 21);
const exported = parsedWorkbookOfSpec(
  buildExchangeWorkbook(records, anExportOptions()).spec,
  'returned.xlsx',
);
const contactColumn = columnIndexOf(exported, '企业', '联系人');

/** The registry after edits here: enterprise i's changes, its version raised. */
function editedHere(changes: Readonly<Record<number, Partial<Enterprise>>>): ExchangeRecords {
  return {
    ...records,
    enterprises: records.enterprises.map((enterprise, index) => {
      const change = changes[index];
      return change === undefined
        ? enterprise
        : { ...enterprise, ...change, version: enterprise.version + 1 };
    }),
  };
}

/** The returned workbook with enterprise i's 联系人 typed over (its row is i + 2). */
function editedThere(contacts: Readonly<Record<number, string>>) {
  return withSheetRows(exported, '企业', (rows) =>
    Object.entries(contacts).reduce(
      (edited, [index, contact]) =>
        withCell(edited, Number(index) + 2, contactColumn, { value: contact }),
      rows,
    ),
  );
}

function enterpriseComparisons(
  result: ReturnType<typeof compareWithRegistry>,
): readonly RecordComparison[] {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.sheets.find((sheet) => sheet.name === '企业')?.comparisons ?? [];
}

function contactStatus(comparison: RecordComparison | undefined): string | undefined {
  if (comparison?.kind !== 'matched') return comparison?.kind;
  return comparison.cells.find((cell) => cell.field === 'contactName')?.status;
}

function idOf(index: number): string {
  return records.enterprises[index]?.id ?? '';
}

describe('compareWithRegistry', () => {
  it('finds no change anywhere when neither side changed anything', () => {
    const result = compareWithRegistry(exported, records);
    if (!result.ok) throw new Error(result.error.message.en);
    const changed = result.sheets.flatMap((sheet) =>
      sheet.comparisons.filter(
        (comparison) =>
          comparison.kind !== 'matched' ||
          comparison.cells.some((cell) => cell.status !== 'unchanged'),
      ),
    );
    expect(changed).toEqual([]);
    expect(planRoundTrip(result.sheets.flatMap((sheet) => sheet.comparisons)).changes).toEqual([]);
  });

  it('tells a change here, a change there and a conflict apart, and plans only what was decided', () => {
    const registry = editedHere({ 0: { contactName: '本方改' }, 2: { contactName: '本方甲' } });
    const returned = editedThere({ 1: '对方改', 2: '对方乙' });
    const comparisons = enterpriseComparisons(compareWithRegistry(returned, registry));
    const byId = (index: number) =>
      comparisons.find((found) => 'recordId' in found && found.recordId === idOf(index));
    expect([0, 1, 2, 3].map((index) => contactStatus(byId(index)))).toEqual([
      'changed-here',
      'changed-there',
      'conflict',
      'unchanged',
    ]);
    const plan = planRoundTrip(comparisons);
    expect(plan.unresolved).toEqual([{ recordId: idOf(2), rowNumber: 4, field: 'contactName' }]);
    expect(plan.changes).toEqual([
      {
        kind: 'update',
        recordId: idOf(1),
        expectedVersion: records.enterprises[1]?.version,
        changes: [
          { field: 'contactName', from: records.enterprises[1]?.contactName ?? null, to: '对方改' },
        ],
      },
    ]);
    const theirs = planRoundTrip(comparisons, { all: 'theirs' });
    expect(theirs.changes.map((change) => change.kind === 'update' && change.recordId)).toEqual([
      idOf(1),
      idOf(2),
    ]);
  });

  it('places each cell of a record edited on both sides, in different fields, on its side', () => {
    const registry = editedHere({ 4: { contactName: '本方改' } });
    const nameColumn = columnIndexOf(exported, '企业', '企业名称');
    const returned = withSheetRows(exported, '企业', (rows) =>
      withCell(rows, 4 + 2, nameColumn, { value: '北京对方改名文化有限公司' }),
    );
    const record = enterpriseComparisons(compareWithRegistry(returned, registry)).find(
      (found) => 'recordId' in found && found.recordId === idOf(4),
    );
    if (record?.kind !== 'matched') throw new Error('not matched');
    const changed = record.cells.filter((cell) => cell.status !== 'unchanged');
    expect(changed.map((cell) => [cell.field, cell.status])).toEqual([
      ['enterpriseName', 'changed-there'],
      ['contactName', 'changed-here'],
    ]);
  });

  it('reports a record deleted here since the export that came back', () => {
    const registry = editedHere({ 4: { deletedAt: '2024-11-06T08:00:00.000+08:00' } });
    const comparisons = enterpriseComparisons(compareWithRegistry(exported, registry));
    expect(comparisons).toContainEqual({ kind: 'deleted-here', recordId: idOf(4), rowNumber: 6 });
  });

  it('sees tags, 数字文化小类 and earlier certifications edited there, in their cells’ words', () => {
    const tagsColumn = columnIndexOf(exported, '企业', '企业标签');
    const classColumn = columnIndexOf(exported, '企业', '数字文化小类');
    const earlierColumn = columnIndexOf(exported, '园区', '此前认定');
    const returned = withSheetRows(
      withSheetRows(exported, '企业', (rows) =>
        withCell(withCell(rows, 2, tagsColumn, { value: '上市、独角兽' }), 3, classColumn, {
          value: '4 数字出版',
        }),
      ),
      '园区',
      (rows) => withCell(rows, 2, earlierColumn, { value: '2016年 区级、2018年 市级文化产业园区' }),
    );
    const result = compareWithRegistry(returned, records);
    if (!result.ok) throw new Error(result.error.message.en);
    const changed = result.sheets.flatMap((sheet) =>
      sheet.comparisons.flatMap((comparison): unknown[] =>
        comparison.kind !== 'matched'
          ? [comparison.kind]
          : comparison.cells
              .filter((cell) => cell.status !== 'unchanged')
              .map((cell) => [comparison.recordId, cell.field, cell.status, cell.theirs]),
      ),
    );
    expect(changed).toEqual([
      [
        records.parks[0]?.id,
        'earlierCertifications',
        'changed-there',
        ['2016:district', '2018:municipal'],
      ],
      [idOf(0), 'enterpriseTags', 'changed-there', ['listed', 'unicorn']],
      [idOf(1), 'digitalCultureClass', 'changed-there', 4],
    ]);
  });

  it('compares a workbook of the previous format version over its own columns', () => {
    const previous = parsedWorkbookOfSpec(
      buildExchangeWorkbook(records, anExportOptions({ formatVersion: 1 })).spec,
      'version-1.xlsx',
    );
    expect(() => columnIndexOf(previous, '企业', '企业标签')).toThrow();
    const result = compareWithRegistry(previous, records);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.meta.formatVersion).toBe(1);
    const changed = result.sheets.flatMap((sheet) =>
      sheet.comparisons.filter(
        (comparison) =>
          comparison.kind !== 'matched' ||
          comparison.cells.some((cell) => cell.status !== 'unchanged'),
      ),
    );
    expect(changed).toEqual([]);
  });

  it('refuses a workbook that is not an export', () => {
    const plain = {
      ...exported,
      sheets: exported.sheets.filter((sheet) => sheet.name !== '_meta'),
    };
    expect(compareWithRegistry(plain, records)).toMatchObject({
      ok: false,
      error: { code: 'not-exchange-workbook' },
    });
  });
});
