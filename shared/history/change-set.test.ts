import { describe, expect, it } from 'vitest';
import { present } from '../test-support/present';
import { tombstoneRecord } from '../records/record-revision';
import { packReports } from '../reports/report-storage';
import { aPark, aReport } from '../test-support/builders';
import {
  changesPerPart,
  countChanges,
  describeSource,
  toChangeParts,
  type RecordChange,
} from './change-set';

describe('change sets', () => {
  it('count created, updated and deleted records, reports one per period', () => {
    const park = aPark();
    const may = aReport({ enterpriseId: 'e', period: '2024-05', revenueYuan: 1 });
    const [before] = packReports([may]);
    const [after] = packReports([
      { ...may, revenueYuan: 2 },
      aReport({ enterpriseId: 'e', period: '2024-06' }),
    ]);
    const counts = countChanges([
      { table: 'parks', id: park.id, before: undefined, after: park },
      {
        table: 'parks',
        id: 'p2',
        before: park,
        after: tombstoneRecord(park, '2024-12-01T00:00:00Z'),
      },
      { table: 'reportYears', id: present(after).id, before, after },
    ]);
    expect(counts).toEqual({
      parks: { created: 1, updated: 0, deleted: 1 },
      reportYears: { created: 1, updated: 1, deleted: 0 },
    });
  });

  it('store record changes in parts indexed by record key', () => {
    const changes: RecordChange[] = Array.from({ length: changesPerPart + 1 }, (_, index) => {
      const park = aPark({ id: `p${index}` });
      return { table: 'parks', id: park.id, after: park };
    });
    const parts = toChangeParts(4, changes);
    expect(parts.map((part) => [part.changeSetSeq, part.part, part.changes.length])).toEqual([
      [4, 0, changesPerPart],
      [4, 1, 1],
    ]);
    expect(parts[1]?.recordKeys).toEqual([`parks:p${changesPerPart}`]);
  });

  it('say where a change came from', () => {
    expect(
      describeSource({ kind: 'import', fileName: '报表.xlsx', sheet: '1-10月', row: 12 }),
    ).toEqual({
      zh: '导入 报表.xlsx，工作表「1-10月」第12行',
      en: 'Import of 报表.xlsx, sheet "1-10月" row 12',
    });
    expect(describeSource({ kind: 'demo' }).zh).toBe('示例数据');
  });
});
