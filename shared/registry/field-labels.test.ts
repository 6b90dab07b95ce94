import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-labels';

describe('field labels', () => {
  it('names a record field in both languages, per table', () => {
    expect(fieldLabel('cultivationPlans', 'targetYear')).toEqual({
      zh: '目标年份',
      en: 'Target year',
    });
    expect(fieldLabel('enterprises', 'name').zh).toBe('企业名称');
    expect(fieldLabel('parks', 'name').zh).toBe('园区名称');
  });

  it('names report figures with the words of the 报表 forms', () => {
    expect(fieldLabel('reportYears', 'revenueYuan').zh).toBe('营业收入');
  });

  it('shows a field it does not know as itself', () => {
    expect(fieldLabel('parks', 'futureField')).toEqual({ zh: 'futureField', en: 'futureField' });
  });
});
