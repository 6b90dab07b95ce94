import { describe, expect, it } from 'vitest';
import {
  figureBasisLabel,
  figureOf,
  growthPercent,
  ratioFigure,
  shareOf,
  unavailableFigure,
  type FigureFacts,
} from './figure';

const facts: FigureFacts = {
  label: { zh: '测试', en: 'Test' },
  unit: 'percent',
  basis: 'cumulative',
  period: '2024-10',
  missing: 0,
  missingOf: 'enterprises',
};
const denominator = { zh: '分母', en: 'The denominator' };

describe('ratios', () => {
  it('divide and scale', () => {
    expect(ratioFigure(facts, 1, 4, denominator, 100).value).toBe(25);
  });

  it('are null with a reason when dividing by zero or by the unknown', () => {
    for (const [numerator, divisor] of [
      [5, 0],
      [5, null],
      [null, 5],
    ] as const) {
      const figure = ratioFigure(facts, numerator, divisor, denominator);
      expect(figure.value).toBeNull();
      expect(figure.unavailableReason?.zh).toContain('分母');
      expect(figure.unavailableReason?.en).toContain('The denominator');
    }
  });
});

describe('shares', () => {
  const whole = figureOf({ ...facts, unit: 'yuan', missing: 3 }, 200);

  it('give the part as a percentage of the whole, keeping the whole’s basis', () => {
    const share = shareOf(figureOf({ ...facts, unit: 'yuan', missing: 1 }, 50), whole, facts.label);
    expect(share).toMatchObject({ value: 25, unit: 'percent', missing: 3, basis: 'cumulative' });
  });

  it('pass on why the part or the whole is unknown', () => {
    const reason = { zh: '无数据', en: 'no data' };
    const unknown = unavailableFigure({ ...facts, unit: 'yuan' }, reason);
    expect(shareOf(unknown, whole, facts.label).unavailableReason).toEqual(reason);
    expect(shareOf(whole, unknown, facts.label).unavailableReason).toEqual(reason);
  });

  it('are null over a zero whole', () => {
    const zero = figureOf({ ...facts, unit: 'yuan' }, 0);
    expect(shareOf(zero, zero, facts.label).value).toBeNull();
  });
});

describe('growth', () => {
  it('is current over previous minus one, in %', () => {
    expect(growthPercent(facts, 110, 100, denominator).value).toBeCloseTo(10, 10);
    expect(growthPercent(facts, 90, 100, denominator).value).toBeCloseTo(-10, 10);
  });

  it('is null from zero', () => {
    expect(growthPercent(facts, 110, 0, denominator).value).toBeNull();
  });
});

describe('basis labels', () => {
  it('say which months a figure covers', () => {
    expect(figureBasisLabel({ basis: 'cumulative', period: '2024-10' })).toEqual({
      zh: '2024年1-10月累计',
      en: 'Jan–Oct 2024, cumulative',
    });
    expect(figureBasisLabel({ basis: 'cumulative', period: '2024-12' }).zh).toBe(
      '2024年1-12月累计',
    );
    expect(figureBasisLabel({ basis: 'period-end', period: '2024-10' }).zh).toBe('2024年10月末');
    expect(figureBasisLabel({ basis: 'annual', period: '2024-12' }).zh).toBe('2024年度');
    expect(figureBasisLabel({ basis: 'annualised-estimate', period: '2025-06' }).zh).toBe(
      '2025年度（按1-6月×12/6折算的估计值）',
    );
  });
});
