import { describe, expect, it } from 'vitest';
import { anEnterprise } from '../../shared/test-support/builders';
import { parseFieldValue, withFieldValue } from './enterprise-edits';

describe('grid edits of enterprises', () => {
  it('reads each editable field and says what is wrong', () => {
    expect(parseFieldValue('name', ' 北京新名称有限公司 ')).toEqual({
      ok: true,
      value: { field: 'name', value: '北京新名称有限公司' },
    });
    expect(parseFieldValue('name', '  ')).toMatchObject({ ok: false });
    expect(parseFieldValue('subcategoryCode', '３１')).toEqual({
      ok: true,
      value: { field: 'subcategoryCode', value: '031' },
    });
    expect(parseFieldValue('subcategoryCode', '019')).toMatchObject({
      ok: false,
      problem: { zh: expect.stringMatching(/不是2018分类的中类代码/) as unknown },
    });
    expect(parseFieldValue('status', 'moved-out')).toMatchObject({ ok: true });
    expect(parseFieldValue('status', '搬走')).toMatchObject({ ok: false });
    expect(parseFieldValue('digitalCulture', '是')).toEqual({
      ok: true,
      value: { field: 'digitalCulture', value: true },
    });
    expect(parseFieldValue('digitalCulture', '也许')).toMatchObject({ ok: false });
  });

  it('sets one field and leaves the rest, removing an emptied optional field', () => {
    const enterprise = anEnterprise({ subcategoryCode: '031', status: 'active' });
    expect(withFieldValue(enterprise, { field: 'status', value: 'moved-out' })).toEqual({
      ...enterprise,
      status: 'moved-out',
    });
    const cleared = withFieldValue(enterprise, { field: 'subcategoryCode', value: undefined });
    expect('subcategoryCode' in cleared).toBe(false);
    expect(enterprise.subcategoryCode).toBe('031');
  });
});
