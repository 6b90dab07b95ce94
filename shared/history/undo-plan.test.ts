import { describe, expect, it } from 'vitest';
import { present } from '../test-support/present';
import { tombstoneRecord } from '../records/record-revision';
import type { ContentTable, StoredRecord } from '../registry/registry-tables';
import { packReports } from '../reports/report-storage';
import { aPark, aReport } from '../test-support/builders';
import type { ChangeSet, RecordChange } from './change-set';
import { explainRevertConflict, planRevert } from './undo-plan';

const at = '2024-12-01T00:00:00.000Z';

function lookup(records: StoredRecord[]) {
  return (_table: ContentTable, id: string) => records.find((record) => record.id === id);
}

function aChangeSet(overrides: Partial<ChangeSet> = {}): ChangeSet {
  return {
    seq: 1,
    at: '2024-11-01T00:00:00.000Z',
    source: { kind: 'import', fileName: '园区报表.xlsx' },
    label: { zh: '导入 园区报表.xlsx', en: 'Import of 园区报表.xlsx' },
    counts: {},
    detail: 'records',
    status: 'applied',
    revision: 1,
    ...overrides,
  };
}

describe('planRevert', () => {
  const before = aPark({ name: '旧名', version: 1 });
  const after = { ...before, name: '新名', version: 2 };
  const change: RecordChange = { table: 'parks', id: before.id, before, after };

  it('puts an edited record back to its before as a new version, and redo forward again', () => {
    const undo = planRevert([change], 'undo', lookup([after]), at);
    expect(undo).toMatchObject({
      kind: 'ready',
      writes: [{ after: { name: '旧名', version: 3 } }],
    });
    const undone = undo.kind === 'ready' ? present(undo.writes[0]?.after) : after;
    const redo = planRevert([change], 'redo', lookup([undone]), at);
    expect(redo).toMatchObject({
      kind: 'ready',
      writes: [{ after: { name: '新名', version: 4 } }],
    });
  });

  it('tombstones a record the change set created, keeping its content for a redo', () => {
    const created: RecordChange = { table: 'parks', id: after.id, before: undefined, after };
    const plan = planRevert([created], 'undo', lookup([after]), at);
    expect(plan).toMatchObject({
      kind: 'ready',
      writes: [{ after: { name: '新名', deletedAt: at } }],
    });
  });

  it('refuses when the record is no longer as the change set left it', () => {
    const laterEdit = { ...after, name: '又改了', version: 3 };
    expect(planRevert([change], 'undo', lookup([laterEdit]), at)).toMatchObject({
      kind: 'conflict',
      current: laterEdit,
    });
    expect(planRevert([change], 'redo', lookup([tombstoneRecord(after, at)]), at).kind).toBe(
      'conflict',
    );
  });

  it('reverts a report year month by month', () => {
    const may = aReport({ enterpriseId: 'e', period: '2024-05', revenueYuan: 5 });
    const june = aReport({ enterpriseId: 'e', period: '2024-06', revenueYuan: 6 });
    const [before] = packReports([may]);
    const [after] = packReports([may, june]);
    const plan = planRevert(
      [{ table: 'reportYears', id: present(after).id, before, after: present(after) }],
      'undo',
      lookup([present(after)]),
      at,
    );
    expect(plan.kind === 'ready' && plan.writes[0]?.after).toMatchObject({
      months: { 5: present(before).months[5], 6: { revenueYuan: 6, deletedAt: at, version: 2 } },
    });
  });
});

describe('explainRevertConflict', () => {
  it('names the record and the later change set to undo first, in both languages', () => {
    const park = aPark({ name: '莱锦' });
    const text = explainRevertConflict(
      'undo',
      aChangeSet(),
      { table: 'parks', id: park.id, after: park },
      aChangeSet({
        seq: 2,
        revision: 2,
        label: { zh: '修改园区「莱锦」', en: 'Edit park "莱锦"' },
        at: '2024-11-05T09:30:00.000Z',
      }),
    );
    expect(text.zh).toBe(
      '无法撤销「导入 园区报表.xlsx」：园区「莱锦」在 2024-11-05 09:30 被「修改园区「莱锦」」修改过。请先撤销「修改园区「莱锦」」，再撤销本次更改。',
    );
    expect(text.en).toContain('Undo "Edit park "莱锦"" first, then undo this change.');
  });

  it('asks to redo first a later change set whose undo touched the record', () => {
    const park = aPark({ name: '莱锦' });
    const text = explainRevertConflict(
      'redo',
      aChangeSet(),
      { table: 'parks', id: park.id, after: park },
      aChangeSet({
        seq: 2,
        revision: 5,
        status: 'undone',
        statusChangedAt: '2024-11-06T10:00:00.000Z',
      }),
    );
    expect(text.zh).toBe(
      '无法重做「导入 园区报表.xlsx」：园区「莱锦」在 2024-11-06 10:00 被撤销「导入 园区报表.xlsx」修改过。请先重做「导入 园区报表.xlsx」，再重做本次更改。',
    );
  });
});
