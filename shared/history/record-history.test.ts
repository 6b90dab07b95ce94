import { describe, expect, it } from 'vitest';
import { present } from '../test-support/present';
import { packReports } from '../reports/report-storage';
import { aPark, aReport } from '../test-support/builders';
import type { ChangeSet } from './change-set';
import { recordHistory, reportHistory } from './record-history';

function aSet(seq: number, overrides: Partial<ChangeSet> = {}): ChangeSet {
  return {
    seq,
    at: `2024-11-0${seq}T00:00:00.000Z`,
    source: { kind: 'import', fileName: '报表.xlsx' },
    label: { zh: `第${seq}次`, en: `#${seq}` },
    counts: {},
    detail: 'records',
    status: 'applied',
    revision: seq,
    ...overrides,
  };
}

describe('record history', () => {
  it('tells who changed 营业收入 from what to what, from which sheet and row', () => {
    const report = aReport({ enterpriseId: 'e', period: '2024-10', revenueYuan: 100, taxYuan: 1 });
    const [first] = packReports([report]);
    const [second] = packReports([{ ...report, revenueYuan: 120, version: 2 }]);
    const history = reportHistory(
      [
        {
          changeSet: aSet(1),
          change: {
            table: 'reportYears',
            id: present(first).id,
            after: present(first),
            originByMonth: { 10: { sheet: '1-10月', row: 7 } },
          },
        },
        {
          changeSet: aSet(2),
          change: {
            table: 'reportYears',
            id: present(first).id,
            before: first,
            after: present(second),
            origin: { sheet: '汇总', row: 3 },
          },
        },
      ],
      '2024-10',
    );
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'updated',
        period: '2024-10',
        origin: { sheet: '汇总', row: 3 },
        fields: [
          {
            field: 'revenueYuan',
            label: { zh: '营业收入', en: 'Revenue' },
            before: 100,
            after: 120,
          },
        ],
      }),
      expect.objectContaining({ kind: 'created', origin: { sheet: '1-10月', row: 7 } }),
    ]);
    expect(history[0]?.changeSet.source).toEqual({ kind: 'import', fileName: '报表.xlsx' });
    expect(reportHistory([], '2024-09')).toEqual([]);
  });

  it('lists a deletion and a revival of a record', () => {
    const park = aPark();
    const gone = { ...park, version: 2, deletedAt: '2024-11-02T00:00:00.000Z' };
    const back = { ...park, version: 3 };
    const history = recordHistory([
      { changeSet: aSet(2), change: { table: 'parks', id: park.id, before: park, after: gone } },
      { changeSet: aSet(3), change: { table: 'parks', id: park.id, before: gone, after: back } },
    ]);
    expect(history.map((entry) => entry.kind)).toEqual(['revived', 'deleted']);
    expect(history[1]?.fields).toEqual([]);
  });
});
