import { describe, expect, it } from 'vitest';
import { figureOf, unavailableFigure, type FigureFacts } from '../../shared/indicators/figure';
import { formatFigure, formatGrowth } from './format-figure';

const facts = (unit: FigureFacts['unit']): FigureFacts => ({
  label: { zh: '营业收入', en: 'Revenue' },
  unit,
  basis: 'cumulative',
  period: '2024-10',
  missing: 0,
  missingOf: 'enterprises',
});

describe('formatting figures', () => {
  it('prints large revenue in 亿元 and small in 万元', () => {
    expect(formatFigure(figureOf(facts('yuan'), 263_370_000_000), 'zh')).toEqual({
      value: '2,633.70',
      unit: '亿元',
    });
    expect(formatFigure(figureOf(facts('yuan'), 12_345_678), 'zh')).toEqual({
      value: '1,234.57',
      unit: '万元',
    });
    expect(formatFigure(figureOf(facts('yuan-per-person'), 1_234_567), 'zh').unit).toBe('万元/人');
  });

  it('prints counts with separators and their unit', () => {
    expect(formatFigure(figureOf(facts('enterprises'), 2762), 'zh')).toEqual({
      value: '2,762',
      unit: '家',
    });
    expect(formatFigure(figureOf(facts('person-times'), 10_000_000), 'en').unit).toBe('visits');
  });

  it('prints a dash for a figure that cannot be computed', () => {
    const figure = unavailableFigure(facts('yuan'), { zh: '无数据', en: 'no data' });
    expect(formatFigure(figure, 'zh')).toEqual({ value: '—', unit: '' });
    expect(formatGrowth(figure)).toBe('—');
  });

  it('signs growth rates', () => {
    expect(formatGrowth(figureOf(facts('percent'), 2.7))).toBe('+2.7%');
    expect(formatGrowth(figureOf(facts('percent'), -3.14))).toBe('−3.1%');
    expect(formatFigure(figureOf(facts('percent'), 40.4277), 'zh')).toEqual({
      value: '40.4',
      unit: '%',
    });
  });
});
