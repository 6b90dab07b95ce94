import { describe, expect, it } from 'vitest';
import { figureDisplayText, figureEntryText, readFigureText } from './report-figure-text';

function valueOf(reading: ReturnType<typeof readFigureText>): number | undefined {
  return reading.kind === 'value' ? reading.value : undefined;
}

function messageOf(reading: ReturnType<typeof readFigureText>): string {
  return reading.kind === 'invalid' ? reading.message.zh : '';
}

describe('readFigureText', () => {
  it('reads 万元 into exact integer 元', () => {
    expect(valueOf(readFigureText('revenueYuan', '1234.5678'))).toBe(12_345_678);
    expect(valueOf(readFigureText('taxYuan', '0.07'))).toBe(700);
  });

  it('reads thousands separators as Excel copies them', () => {
    expect(valueOf(readFigureText('revenueYuan', '1,234,567.8'))).toBe(12_345_678_000);
    expect(valueOf(readFigureText('revenueYuan', ' 12,000 '))).toBe(120_000_000);
  });

  it('reads full-width digits, commas and a currency sign', () => {
    expect(valueOf(readFigureText('revenueYuan', '１，２００．５'))).toBe(12_005_000);
    expect(valueOf(readFigureText('revenueYuan', '¥3.2'))).toBe(32_000);
  });

  it('reads an accounting-style negative profit', () => {
    expect(valueOf(readFigureText('profitYuan', '(1,200.00)'))).toBe(-12_000_000);
    expect(valueOf(readFigureText('profitYuan', '-3'))).toBe(-30_000);
  });

  it('treats an empty cell and the "not reported" dash as blank', () => {
    expect(readFigureText('revenueYuan', '  ')).toEqual({ kind: 'blank' });
    expect(readFigureText('revenueYuan', '—')).toEqual({ kind: 'blank' });
    expect(readFigureText('revenueYuan', '-')).toEqual({ kind: 'blank' });
  });

  it('refuses words and units, saying what to type', () => {
    expect(messageOf(readFigureText('revenueYuan', '约1200万'))).toContain('“约1200万” 不是数字');
    expect(messageOf(readFigureText('revenueYuan', '1200美元'))).toContain('不是金额单位');
  });

  it('reads an amount that names its own unit, as the import does', () => {
    expect(valueOf(readFigureText('revenueYuan', '1.2亿'))).toBe(120_000_000);
    expect(valueOf(readFigureText('revenueYuan', '3000元'))).toBe(3000);
  });

  it('refuses misplaced thousands separators rather than guessing', () => {
    expect(messageOf(readFigureText('revenueYuan', '12,34'))).toContain('千分位逗号位置不对');
    expect(messageOf(readFigureText('revenueYuan', '1,2345.6'))).toContain('千分位逗号位置不对');
  });

  it('reads a growth rate with or without the % sign', () => {
    expect(valueOf(readFigureText('yoyGrowthReportedPercent', '12.5%'))).toBe(12.5);
    expect(valueOf(readFigureText('yoyGrowthReportedPercent', '-3'))).toBe(-3);
  });

  it('refuses a growth rate below -100%', () => {
    expect(messageOf(readFigureText('yoyGrowthReportedPercent', '-120'))).toContain('-100%');
  });

  it('reads staff as a whole, non-negative count', () => {
    expect(valueOf(readFigureText('employeesAtPeriodEnd', '1,024'))).toBe(1024);
    expect(messageOf(readFigureText('employeesAtPeriodEnd', '12.5'))).toContain('整数');
    expect(messageOf(readFigureText('employeesAtPeriodEnd', '-2'))).toContain('整数');
  });
});

describe('figureEntryText', () => {
  it('writes 元 back as 万元 keeping every digit, so editing changes nothing by itself', () => {
    expect(figureEntryText('revenueYuan', 12_345_678)).toBe('1234.5678');
    expect(figureEntryText('revenueYuan', 120_000_000)).toBe('12000');
    expect(figureEntryText('profitYuan', -700)).toBe('-0.07');
    expect(figureEntryText('revenueYuan', 0)).toBe('0');
    expect(figureEntryText('employeesAtPeriodEnd', 36)).toBe('36');
    expect(figureEntryText('revenueYuan', undefined)).toBe('');
  });

  it('round-trips through readFigureText', () => {
    for (const yuan of [1, 99_999, 123_456_789_012, -50_001]) {
      expect(valueOf(readFigureText('profitYuan', figureEntryText('profitYuan', yuan)))).toBe(yuan);
    }
  });
});

describe('figureDisplayText', () => {
  it('shows 万元 with separators, % and counts as such', () => {
    expect(figureDisplayText('revenueYuan', 12_345_678_000)).toBe('1,234,567.80');
    expect(figureDisplayText('yoyGrowthReportedPercent', 12.5)).toBe('12.5%');
    expect(figureDisplayText('employeesAtPeriodEnd', 1024)).toBe('1,024');
    expect(figureDisplayText('revenueYuan', undefined)).toBe('');
  });
});
