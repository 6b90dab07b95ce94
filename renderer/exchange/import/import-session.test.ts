import { describe, expect, it } from 'vitest';
import { existingRecords, validCreditCodes } from '../../../shared/test-support/builders';
import { enterpriseListBytes } from './import-test-data';
import { ImportSession, type SessionPreview } from './import-session';

const noneStored = existingRecords();

function readSession(bytes = enterpriseListBytes()): {
  session: ImportSession;
  preview: SessionPreview;
} {
  const session = new ImportSession();
  const outcome = session.read(bytes, '名单.xlsx', {});
  if (!outcome.ok) throw new Error(outcome.error.message.en);
  return { session, preview: outcome.preview };
}

function planOptions() {
  let next = 0;
  return {
    policy: { global: 'overwrite' as const },
    confirmedRows: {},
    today: '2024-11-01' as const,
    newId: () => `id-${String(++next)}`,
  };
}

describe('ImportSession', () => {
  it('previews each sheet with its kind, columns and checked rows', () => {
    const { preview } = readSession();
    const [sheet] = preview.sheets;
    expect(sheet).toMatchObject({ name: '企业名单', entity: 'enterprises', skipped: false });
    expect(sheet?.columns.map((column) => column.field)).toEqual([
      'serialNo',
      'enterpriseName',
      'creditCode',
      'subcategoryCode',
      'contactName',
    ]);
    expect(sheet?.rows.map((row) => row.rowNumber)).toEqual([3, 4]);
    expect(sheet?.counts).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
  });

  it('says why a file cannot be read', () => {
    const outcome = new ImportSession().read(new Uint8Array(), 'x.xlsx', {});
    expect(!outcome.ok && outcome.error.code).toBe('empty');
  });

  it('re-checks a row when the user fixes a cell in place', () => {
    const wrong = `${validCreditCodes[1].slice(0, 17)}0`;
    const { session, preview } = readSession(
      enterpriseListBytes([[1, '北京乙设计有限公司', wrong, '032', '李四']]),
    );
    expect(preview.sheets[0]?.rows[0]).toMatchObject({ blocked: true });
    expect(preview.sheets[0]?.rows[0]?.issues[0]?.columnLetter).toBe('C');
    const fixed = session.editCell(0, 3, 2, validCreditCodes[1]);
    expect(fixed.sheets[0]?.rows[0]).toMatchObject({ blocked: false, issues: [], edited: [2] });
    expect(fixed.sheets[0]?.rows[0]?.cells[2]).toBe(validCreditCodes[1]);
  });

  it('leaves excluded rows out of the checks and the plan', () => {
    const { session } = readSession(
      enterpriseListBytes([
        [1, '北京甲文化传媒有限公司', validCreditCodes[0], '031', '张三'],
        [2, '北京甲文化传媒有限公司', validCreditCodes[0], '031', '张三'],
      ]),
    );
    expect(session.preview().sheets[0]?.counts.invalid).toBe(1);
    const after = session.setExcluded(0, [4], true);
    expect(after.sheets[0]?.counts).toMatchObject({ invalid: 0, excluded: 1 });
    const [plan] = session.plan(noneStored, planOptions());
    expect(plan?.counts.new).toBe(1);
  });

  it('reads the sheet again under the user’s mapping and remembers it by layout', () => {
    const { session, preview } = readSession();
    const mapping = session.mappingOf(0);
    const changed = {
      ...mapping,
      columns: mapping.columns.map((column) =>
        column.field === 'contactName' ? { ...column, field: 'notes' as const } : column,
      ),
    };
    const remapped = session.setMapping(0, changed);
    expect(remapped.sheets[0]?.columns[4]?.field).toBe('notes');
    const signature = preview.sheets[0]?.layoutSignature ?? '';
    const again = new ImportSession().read(enterpriseListBytes(), '名单.xlsx', {
      [signature]: changed,
    });
    expect(again.ok && again.preview.sheets[0]?.columns[4]?.field).toBe('notes');
  });
});
