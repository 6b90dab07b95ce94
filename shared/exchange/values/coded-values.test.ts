import { describe, expect, it } from 'vitest';
import { enterpriseStatusLabels } from '../../enterprises/enterprise';
import type { SheetCell } from '../workbook/sheet-grid';
import {
  normaliseBoolean,
  normaliseChoice,
  normaliseDigitalCultureClass,
  normaliseStreet,
  normaliseSubcategory,
} from './coded-values';
import type { Normalised } from './value-problem';

const outcome = <T>(result: Normalised<T>) => (result.ok ? result.value : result.problem.code);
const cell = (value: string | number | boolean): SheetCell => ({ value });

describe('normaliseBoolean', () => {
  it('reads the ways offices write yes and no', () => {
    for (const value of ['是', 'Y', 'yes', 'TRUE', '√', '✓', '1', 1, true])
      expect(outcome(normaliseBoolean(cell(value)))).toBe(true);
    for (const value of ['否', 'N', 'no', 'false', '×', '0', 0, false])
      expect(outcome(normaliseBoolean(cell(value)))).toBe(false);
    expect(outcome(normaliseBoolean(cell('也许')))).toBe('not-a-boolean');
    expect(outcome(normaliseBoolean(null))).toBeNull();
  });
});

describe('normaliseSubcategory', () => {
  it('finds a 中类 by code or name, in any width', () => {
    for (const value of [
      '031',
      '０３１',
      ' 031 ',
      '广告服务',
      '031 广告服务',
      '031-广告服务',
      '广告服务（031）',
    ]) {
      expect([value, outcome(normaliseSubcategory(cell(value)))]).toEqual([value, '031']);
    }
  });

  it('restores the zero Excel drops from a code typed as a number, and lifts a 小类 to its 中类', () => {
    expect(outcome(normaliseSubcategory(cell(31)))).toBe('031');
    expect(outcome(normaliseSubcategory(cell(311)))).toBe('031');
    expect(outcome(normaliseSubcategory(cell('0311')))).toBe('031');
  });

  it('says when code and name disagree, when a 大类 is given, and when nothing matches', () => {
    const mismatch = normaliseSubcategory(cell('031 设计服务'));
    expect(mismatch.ok ? null : mismatch.problem.message.zh).toBe(
      '代码 031 是“广告服务”，而名称写的是“设计服务”：请核对代码或名称',
    );
    const category = normaliseSubcategory(cell('03'));
    expect(category.ok ? null : category.problem.message.zh).toContain('是大类代码');
    expect(outcome(normaliseSubcategory(cell('餐饮')))).toBe('unknown-category');
  });
});

describe('normaliseStreet', () => {
  it('finds a 街道 by name, short name or code', () => {
    for (const value of ['三里屯街道', '三里屯', '110105004', 110105004]) {
      expect(outcome(normaliseStreet(cell(value)))).toBe('110105004');
    }
    expect(outcome(normaliseStreet(cell('海淀街道')))).toBe('unknown-street');
  });
});

describe('normaliseChoice', () => {
  const choices = { labels: enterpriseStatusLabels, synonyms: { 存续: 'active' } };

  it('finds an option by Chinese or English label, id or synonym', () => {
    expect(outcome(normaliseChoice(cell('在营'), choices))).toBe('active');
    expect(outcome(normaliseChoice(cell('存续'), choices))).toBe('active');
    expect(outcome(normaliseChoice(cell('Moved out'), choices))).toBe('moved-out');
    expect(outcome(normaliseChoice(cell('revoked'), choices))).toBe('revoked');
  });

  it('lists the options when nothing matches', () => {
    const result = normaliseChoice(cell('歇业'), choices);
    expect(result.ok ? null : result.problem.message.zh).toBe(
      '“歇业” 不是可选的值：请填写 在营、迁出、注销、吊销 之一',
    );
  });
});

describe('normaliseDigitalCultureClass', () => {
  it('finds a 数字文化 小类 by number, name or both, as the drop-down writes it', () => {
    for (const value of [6, '6', '６', '动漫、游戏数字内容服务', '6 动漫、游戏数字内容服务']) {
      expect([value, outcome(normaliseDigitalCultureClass(cell(value)))]).toEqual([value, 6]);
    }
    expect(outcome(normaliseDigitalCultureClass(null))).toBeNull();
  });

  it('refuses a number outside 1–16 and a number whose name says another class', () => {
    expect(outcome(normaliseDigitalCultureClass(cell(17)))).toBe('unknown-category');
    expect(outcome(normaliseDigitalCultureClass(cell('数字游戏')))).toBe('unknown-category');
    expect(outcome(normaliseDigitalCultureClass(cell('6 数字出版')))).toBe('category-mismatch');
  });
});
