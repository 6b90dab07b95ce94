import { describe, expect, it } from 'vitest';
import { importField } from '../mapping/import-fields';
import type { SheetCell } from '../workbook/sheet-grid';
import {
  certificationItem,
  certificationOfItem,
  certificationText,
  normaliseCertificationList,
  normaliseChoiceList,
} from './list-values';
import type { Normalised } from './value-problem';

const outcome = <T>(result: Normalised<T>) => (result.ok ? result.value : result.problem.code);
const cell = (value: string | number): SheetCell => ({ value });
const tagChoices = importField('enterpriseTags').choices;
const tierChoices = importField('earlierCertifications').choices;
if (tagChoices === undefined || tierChoices === undefined)
  throw new Error('fields without options');

describe('normaliseChoiceList', () => {
  it('reads every tag by label, English label or synonym, in the order typed, each once', () => {
    expect(
      outcome(normaliseChoiceList(cell('上市、专精特新企业，Unicorn、上市'), tagChoices)),
    ).toEqual(['listed', 'specialised-innovative', 'unicorn']);
    expect(outcome(normaliseChoiceList(cell(' '), tagChoices))).toBeNull();
  });

  it('refuses a list with an item that is not an option', () => {
    expect(outcome(normaliseChoiceList(cell('上市、百强'), tagChoices))).toBe('unknown-choice');
  });
});

describe('normaliseCertificationList', () => {
  it('reads each certification with its year first or last, as the cell is written', () => {
    const items = ['2018:municipal', '2020:district'];
    for (const value of [
      '2018年 市级文化产业园区、2020年 区级',
      '2018 市级；2020区级园区',
      '市级文化产业园区（2018年）、区级(2020)',
    ]) {
      expect([value, outcome(normaliseCertificationList(cell(value), tierChoices))]).toEqual([
        value,
        items,
      ]);
    }
  });

  it('refuses an item without a year or with an unknown tier', () => {
    expect(outcome(normaliseCertificationList(cell('市级文化产业园区'), tierChoices))).toBe(
      'unknown-choice',
    );
    expect(outcome(normaliseCertificationList(cell('2018年 国家级'), tierChoices))).toBe(
      'unknown-choice',
    );
  });

  it('writes an item as the cell shows it and reads it back', () => {
    const item = certificationItem({ year: 2021, tier: 'municipal-demonstration' });
    expect(certificationText(item)).toBe('2021年 市级文化产业示范园区');
    expect(outcome(normaliseCertificationList(cell(certificationText(item)), tierChoices))).toEqual(
      [item],
    );
    expect(certificationOfItem(item)).toEqual({ year: 2021, tier: 'municipal-demonstration' });
    expect(certificationOfItem('2021:national')).toBeUndefined();
  });
});
