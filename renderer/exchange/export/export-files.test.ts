import { afterEach, describe, expect, it, vi } from 'vitest';
import { anEnterprise, validCreditCodes } from '../../../shared/test-support/builders';
import { installationId } from './installation-id';
import { enterpriseRowsExport } from './export-files';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, value),
  };
}

describe('installationId', () => {
  it('is made once and then kept', () => {
    const storage = memoryStorage();
    const first = installationId(storage);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(installationId(storage)).toBe(first);
  });
});

describe('enterpriseRowsExport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes the grid’s rows as an 企业 sheet that imports back, in their order', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const rows = [
      anEnterprise({ name: '北京乙文化有限公司', creditCode: validCreditCodes[1] }),
      anEnterprise({ name: '北京甲文化有限公司', creditCode: validCreditCodes[0] }),
    ];
    const file = enterpriseRowsExport(rows, new Date(2024, 10, 5, 14, 30));
    expect(file.fileName).toBe('企业-企业筛选结果-20241105.xlsx');
    expect(file.records).toBe(2);
    const names = file.spec.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(['说明', '企业', '_lists', '_meta']);
    const sheet = file.spec.sheets[1];
    expect(sheet?.rows.slice(1).map((row) => row.cells[1])).toEqual([
      { kind: 'text', text: '北京乙文化有限公司', guarded: false },
      { kind: 'text', text: '北京甲文化有限公司', guarded: false },
    ]);
  });
});
