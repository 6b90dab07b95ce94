import { beforeAll, describe, expect, it } from 'vitest';
import { neutraliseText } from '../exchange-format/formula-guard';
import { encryptedWorkbookBytes, oneSheet, workbookBytes } from '../test-support/workbook-builders';
import { writeWorkbook } from '../workbook-writer/write-workbook';
import { diffExitCode, diffWorkbookFiles } from './diff-report';
import type { WorkbookFile } from './validation-report';
import { diffReportText } from './diff-text';
import {
  aSmallExport,
  specColumn,
  withSpecCell,
  withSpecRows,
} from './test-support/exchange-files';

const exported = aSmallExport();
const contactColumn = specColumn(exported.spec, '企业', '联系人');
let exportedBytes: Uint8Array = new Uint8Array();
let editedBytes: Uint8Array = new Uint8Array();
let shortenedBytes: Uint8Array = new Uint8Array();

beforeAll(async () => {
  exportedBytes = await writeWorkbook(exported.spec);
  editedBytes = await writeWorkbook(
    withSpecCell(exported.spec, '企业', 3, contactColumn, neutraliseText('新联系人')),
  );
  shortenedBytes = await writeWorkbook(
    withSpecRows(exported.spec, '企业', (rows) => rows.filter((_, index) => index !== 2)),
  );
}, 60_000);

function file(name: string, bytes: Uint8Array): WorkbookFile {
  return { name, content: { bytes } };
}

describe('diffWorkbookFiles', { timeout: 30_000 }, () => {
  it('finds nothing to report in a workbook returned untouched, and exits 0', () => {
    const report = diffWorkbookFiles(file('a.xlsx', exportedBytes), file('b.xlsx', exportedBytes));
    expect(report).toMatchObject({ ok: true, exportId: 'export-1' });
    expect(report.sheets.flatMap((sheet) => sheet.records)).toEqual([]);
    expect(report.sheets.find((sheet) => sheet.name === '企业')?.counts.unchanged).toBe(30);
    expect(diffExitCode(report)).toBe(0);
  });

  it('lists the field typed over at its row and column, as sent and as returned', () => {
    const report = diffWorkbookFiles(file('a.xlsx', exportedBytes), file('b.xlsx', editedBytes));
    const enterprises = report.sheets.find((sheet) => sheet.name === '企业');
    expect(enterprises?.counts).toMatchObject({ changed: 1, unchanged: 29 });
    const [record] = enterprises?.records ?? [];
    expect(record).toMatchObject({ change: 'changed', row: 3, matchedBy: 'id' });
    expect(record?.change === 'changed' ? record.fields : []).toEqual([
      expect.objectContaining({
        field: 'contactName',
        header: '联系人',
        status: 'changed-there',
        after: '新联系人',
      }),
    ]);
    expect(diffExitCode(report)).toBe(0);
    expect(diffReportText(report)).toMatch(
      /第 3 行 记录 .+：\n\s+\w+ 列 联系人：.+ → 新联系人（对方修改）/,
    );
  });

  it('asks for review, exit 1, when a row was deleted there', () => {
    const report = diffWorkbookFiles(file('a.xlsx', exportedBytes), file('b.xlsx', shortenedBytes));
    expect(report.ok).toBe(false);
    expect(report.sheets.find((sheet) => sheet.name === '企业')?.counts.deleted).toBe(1);
    expect(diffExitCode(report)).toBe(1);
    expect(diffReportText(report)).toContain('不会自动删除');
  });

  it('exits 2 naming the file that cannot be read or is not an export', () => {
    const plain = workbookBytes(oneSheet([['企业名称'], ['北京甲文化传媒有限公司']]));
    const cases = [
      [
        file('a.xlsx', exportedBytes),
        file('s.xlsx', encryptedWorkbookBytes()),
        's.xlsx',
        'encrypted',
      ],
      [file('p.xlsx', plain), file('a.xlsx', exportedBytes), 'p.xlsx', 'not-exchange-workbook'],
      [
        { name: 'x.xlsx', content: { missing: 'ENOENT' } },
        file('a.xlsx', exportedBytes),
        'x.xlsx',
        'missing',
      ],
    ] as const;
    for (const [first, second, name, code] of cases) {
      const report = diffWorkbookFiles(first, second);
      expect(report.error).toMatchObject({ file: name, code });
      expect(diffExitCode(report)).toBe(2);
    }
  });
});
