import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import type { SheetCell } from '../workbook/sheet-grid';
import {
  normaliseCreditCodeCell,
  normaliseMultilineText,
  normalisePhone,
  normaliseText,
  normaliseTextList,
  tidyText,
} from './text-values';
import type { Normalised } from './value-problem';

const outcome = <T>(result: Normalised<T>) => (result.ok ? result.value : result.problem.code);
const cell = (value: string | number): SheetCell => ({ value });

describe('text', () => {
  it('tidies spaces and full-width letters and digits, and keeps full-width brackets', () => {
    expect(tidyText('  北京ＡＢＣ文化（集团）\u3000有限公司\n ')).toBe(
      '北京ABC文化（集团） 有限公司',
    );
    expect(outcome(normaliseText(cell(305)))).toBe('305');
    expect(outcome(normaliseText(cell('\u200b ')))).toBeNull();
  });

  it('keeps the line breaks of a note, tidying each line and dropping blank ones around it', () => {
    expect(outcome(normaliseMultilineText(cell('\n 第一行  说明\r\n\n第二行：ＡＢ\n\u3000')))).toBe(
      '第一行 说明\n\n第二行：AB',
    );
    expect(outcome(normaliseMultilineText(cell(' \n ')))).toBeNull();
    expect(outcome(normaliseText(cell('第一行\n第二行')))).toBe('第一行 第二行');
  });

  it('refuses a picture WPS embedded in the cell rather than import its formula as text', () => {
    expect(outcome(normaliseText(cell('=DISPIMG("ID_9F3A",1)')))).toBe('embedded-picture');
  });

  it('splits lists on the separators people use', () => {
    expect(outcome(normaliseTextList(cell('影视、设计；艺术,影视')))).toEqual([
      '影视',
      '设计',
      '艺术',
    ]);
  });

  it('writes phone numbers from number cells without exponent', () => {
    expect(outcome(normalisePhone(cell(13800138000)))).toBe('13800138000');
    expect(outcome(normalisePhone(cell('０１０－６５００１２３４')))).toBe('010-65001234');
  });
});

describe('normaliseCreditCodeCell', () => {
  const [code] = validCreditCodes;

  it('stores codes half-width, upper case and without separators', () => {
    expect(outcome(normaliseCreditCodeCell(cell('９１１１０１０８５５１３８５０８２Ｑ')))).toBe(
      code,
    );
    expect(outcome(normaliseCreditCodeCell(cell(' 91110108-551385082q ')))).toBe(code);
  });

  it('accepts a 15-digit 注册号 from a number cell and refuses an 18-digit code that lost digits', () => {
    expect(outcome(normaliseCreditCodeCell(cell(110105012345678)))).toBe('110105012345678');
    // What Excel keeps of an 18-digit code typed into a number cell.
    const lost = normaliseCreditCodeCell(cell(Number('914403001922038216')));
    expect(lost.ok ? null : lost.problem.message.zh).toContain('设为“文本”格式');
  });
});
