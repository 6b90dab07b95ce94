import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../../shared/test-support/builders';
import {
  checkEnterpriseForm,
  checkStay,
  emptyEnterpriseForm,
  isBlankForm,
  readArea,
  readDate,
  type EnterpriseFormValues,
} from './enterprise-form';

function filled(overrides: Partial<EnterpriseFormValues> = {}): EnterpriseFormValues {
  return {
    ...emptyEnterpriseForm(),
    creditCode: validCreditCodes[0],
    name: '北京星河文化传媒有限公司',
    parkId: 'park-1',
    ...overrides,
  };
}

describe('checkEnterpriseForm', () => {
  it('builds the enterprise and its stay from a complete form', () => {
    const checked = checkEnterpriseForm(
      filled({
        creditCode: ` ${validCreditCodes[0].toLowerCase()} `,
        building: 'A座',
        room: '301',
        leasedAreaSqm: '1,200.5',
        movedInOn: '2024/7/1',
        subcategoryCode: '031',
        digitalCulture: true,
        contactName: '王经理',
        contactPhone: '010-6500 1234',
      }),
    );
    expect(checked.problems).toEqual({});
    expect(checked.enterprise).toMatchObject({
      creditCode: validCreditCodes[0],
      name: '北京星河文化传媒有限公司',
      subcategoryCode: '031',
      digitalCulture: true,
      status: 'active',
      contactName: '王经理',
      contactPhone: '010-6500 1234',
    });
    expect(checked.tenancy).toEqual({
      parkId: 'park-1',
      building: 'A座',
      room: '301',
      leasedAreaSqm: 1200.5,
      movedInOn: '2024-07-01',
    });
  });

  it('leaves blank optional fields out rather than storing empty text', () => {
    const checked = checkEnterpriseForm(filled());
    expect(checked.enterprise).not.toHaveProperty('contactName');
    expect(checked.enterprise).not.toHaveProperty('subcategoryCode');
    expect(checked.tenancy).toEqual({ parkId: 'park-1' });
  });

  it('names each field that is wrong and builds nothing', () => {
    const checked = checkEnterpriseForm(
      filled({
        name: '  ',
        parkId: '',
        leasedAreaSqm: '两百',
        movedInOn: '2024-02-30',
        contactPhone: 'call me',
      }),
    );
    expect(checked.problems).toEqual({
      name: { key: 'nameRequired' },
      parkId: { key: 'parkRequired' },
      leasedAreaSqm: { key: 'areaInvalid' },
      movedInOn: { key: 'dateInvalid' },
      contactPhone: { key: 'phoneInvalid' },
    });
    expect(checked.enterprise).toBeNull();
    expect(checked.tenancy).toBeNull();
  });

  it('gives the credit code problem in the validator’s exact words', () => {
    const wrongCheck = `${validCreditCodes[0].slice(0, 17)}R`;
    const checked = checkEnterpriseForm(filled({ creditCode: wrongCheck }));
    expect(checked.creditCode).toBe('');
    const problem = checked.problems.creditCode;
    expect(problem !== undefined && 'text' in problem ? problem.text.zh : '').toContain(
      '第18位校验码应为 Q，实为 R',
    );
  });
});

describe('checkStay', () => {
  it('checks only what a move needs', () => {
    const checked = checkStay(filled({ name: '', creditCode: '', room: '5-101' }));
    expect(checked.problems).toEqual({});
    expect(checked.tenancy).toEqual({ parkId: 'park-1', room: '5-101' });
  });
});

describe('reading area and date', () => {
  it('reads an area with separators or its own unit, and refuses other text', () => {
    expect(readArea('1,200')).toBe(1200);
    expect(readArea('85.5㎡')).toBe(85.5);
    expect(readArea('3亩')).toBe(2000);
    expect(readArea('')).toBeUndefined();
    expect(readArea('-3')).toBeNull();
    expect(readArea('三百')).toBeNull();
  });

  it('reads the ways dates are typed', () => {
    expect(readDate('2024年7月1日')).toBe('2024-07-01');
    expect(readDate('20240701')).toBe('2024-07-01');
    expect(readDate('7月1日')).toBeNull();
    expect(readDate(' ')).toBeUndefined();
  });
});

describe('isBlankForm', () => {
  it('treats a form with only its park chosen as blank', () => {
    expect(isBlankForm(emptyEnterpriseForm('park-1'))).toBe(true);
    expect(isBlankForm({ ...emptyEnterpriseForm('park-1'), room: '1' })).toBe(false);
    expect(isBlankForm({ ...emptyEnterpriseForm(), digitalCulture: true })).toBe(false);
  });
});
