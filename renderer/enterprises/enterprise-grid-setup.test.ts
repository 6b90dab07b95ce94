import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareQuickSearch } from '../../shared/enterprises/quick-search';
import { liveRecords } from '../../shared/indicators/indicator-input';
import { makePeriod } from '../../shared/periods/period';
import { anEnterprise, anIndicatorInput } from '../../shared/test-support/builders';
import { testTranslations } from '../i18n/test-support/translations';
import { editableFields } from './enterprise-edits';
import { enterpriseColumns, showsUnderQuickSearch } from './enterprise-grid-setup';
import { enterpriseRows } from './enterprise-rows';

let zh: TFunction;
let en: TFunction;

beforeAll(async () => {
  ({ zh, en } = await testTranslations());
});

const [row] = enterpriseRows(
  liveRecords(
    anIndicatorInput({
      enterprises: [
        anEnterprise({ name: '北京星河影视有限公司', creditCode: '91110105MA01XYZ12K' }),
      ],
    }),
  ),
  undefined,
  '2024-11-01',
  'zh',
);

describe('the quick search of the enterprises grid', () => {
  const shows = (text: string, initials = '') =>
    showsUnderQuickSearch(row, prepareQuickSearch(text), () => initials);

  it('shows every row while nothing is typed', () => {
    expect(shows('')).toBe(true);
    expect(showsUnderQuickSearch(undefined, prepareQuickSearch('星河'), () => '')).toBe(true);
  });

  it('finds a row by part of its name, its credit code in either case, or its 拼音 initials', () => {
    expect(shows('星河')).toBe(true);
    expect(shows('ma01xyz')).toBe(true);
    expect(shows('bjxh', 'bjxhysyxgs')).toBe(true);
    expect(shows('bjxh')).toBe(false);
    expect(shows('郎园')).toBe(false);
  });
});

describe('the columns of the enterprises grid', () => {
  const period = makePeriod(2024, 10);

  it('name the period of 营业收入 and the year of 规上, in the language asked for', () => {
    const headers = (t: TFunction, language: 'zh' | 'en') =>
      enterpriseColumns(t, language, period).map((column) => column.headerName);
    expect(headers(zh, 'zh')).toEqual(
      expect.arrayContaining(['企业名称', '规上（2024）', '营业收入（万元，2024年1-10月）']),
    );
    expect(headers(en, 'en')).toContain('Enterprise');
    expect(headers(en, 'en')).not.toContain('企业名称');
  });

  it('call 规上 plainly when no period has reports yet', () => {
    const aboveScale = enterpriseColumns(zh, 'zh', undefined).find(
      (column) => column.field === 'aboveScale',
    );
    expect(aboveScale?.headerName).toBe('规上');
  });

  it('keep the name in view, and let edit just the fields an inline edit can save', () => {
    const columns = enterpriseColumns(zh, 'zh', period);
    expect(columns.find((column) => column.field === 'name')).toMatchObject({ pinned: 'left' });
    const editable = columns.filter((column) => column.editable === true).map((c) => c.field);
    expect(new Set(editable)).toEqual(new Set(editableFields));
  });
});
