import { describe, expect, it } from 'vitest';
import type { PlannedChange } from '../../../shared/exchange/round-trip/round-trip-plan';
import { anEnterprise, aPark } from '../../../shared/test-support/builders';
import { roundTripWrites } from './round-trip-writes';

function update(recordId: string, changes: Extract<PlannedChange, { kind: 'update' }>['changes']) {
  return { kind: 'update', recordId, expectedVersion: 3, changes } as const;
}

describe('roundTripWrites', () => {
  it('writes a taken field into a copy of the stored enterprise, at the version decided on', () => {
    const enterprise = anEnterprise({ contactName: '王芳', notes: '旧备注' });
    const { writes, notApplied } = roundTripWrites(
      [
        {
          sheetName: '企业',
          entity: 'enterprises',
          changes: [
            update(enterprise.id, [
              { field: 'contactName', from: '王芳', to: '李雷' },
              { field: 'notes', from: '旧备注', to: null },
            ]),
          ],
        },
      ],
      { enterprises: [enterprise], parks: [] },
    );
    expect(notApplied).toEqual([]);
    expect(writes).toHaveLength(1);
    const write = writes[0];
    expect(write?.table).toBe('enterprises');
    expect(write?.expectedVersion).toBe(3);
    expect(write?.draft).toMatchObject({
      id: enterprise.id,
      name: enterprise.name,
      contactName: '李雷',
    });
    expect(write?.draft).not.toHaveProperty('notes');
    expect(write?.draft).not.toHaveProperty('version');
  });

  it('writes tags and 数字文化小类 as the model keeps them; earlier certifications are composed', () => {
    const enterprise = anEnterprise({ tags: ['listed'] });
    const park = aPark();
    const { writes, notApplied } = roundTripWrites(
      [
        {
          sheetName: '企业',
          entity: 'enterprises',
          changes: [
            update(enterprise.id, [
              { field: 'enterpriseTags', from: ['listed'], to: ['listed', 'unicorn'] },
              { field: 'digitalCultureClass', from: null, to: 4 },
            ]),
          ],
        },
        {
          sheetName: '园区',
          entity: 'parks',
          changes: [
            update(park.id, [
              { field: 'earlierCertifications', from: null, to: ['2018:district'] },
            ]),
          ],
        },
      ],
      { enterprises: [enterprise], parks: [park] },
    );
    expect(writes.map((write) => write.draft)).toEqual([
      expect.objectContaining({ tags: ['listed', 'unicorn'], digitalCultureClassId: 4 }),
    ]);
    expect(notApplied).toEqual([{ sheetName: '园区', where: park.id, reason: 'composed-field' }]);
  });

  it('lists new rows, other sheets, composed fields and vanished records instead of writing them', () => {
    const park = aPark();
    const { writes, notApplied } = roundTripWrites(
      [
        {
          sheetName: '园区',
          entity: 'parks',
          changes: [
            update(park.id, [{ field: 'certificationTier', from: null, to: '市级' }]),
            update('gone', [{ field: 'address', from: 'a', to: 'b' }]),
            { kind: 'create', rowNumber: 7, values: {} },
          ],
        },
        { sheetName: '营收', entity: 'revenue', changes: [update('r1', [])] },
      ],
      { enterprises: [], parks: [park] },
    );
    expect(writes).toEqual([]);
    expect(notApplied.map((item) => `${item.sheetName}:${item.where}:${item.reason}`)).toEqual([
      `园区:${park.id}:composed-field`,
      '园区:gone:record-gone',
      '园区:7:new-row',
      '营收:r1:sheet',
    ]);
  });
});
