/**
 * How a Figure reads on screen: money in 亿元 from 1亿 up and 万元 below, counts with thousands
 * separators, rates to one decimal, always with the unit. Figures with no value read "—".
 */
import { formatMoney, naturalMoneyUnit, moneyUnitLabels } from '../../shared/money/money';
import { figureUnitLabels, type Figure } from '../../shared/indicators/figure';

export type Language = 'zh' | 'en';

export function languageOf(i18nLanguage: string): Language {
  return i18nLanguage === 'en' ? 'en' : 'zh';
}

export interface FormattedFigure {
  readonly value: string;
  readonly unit: string;
}

export function formatFigure(figure: Figure, language: Language): FormattedFigure {
  if (figure.value === null) return { value: '—', unit: '' };
  const value = figure.value;
  switch (figure.unit) {
    case 'yuan':
    case 'yuan-per-enterprise':
    case 'yuan-per-person': {
      const unit = naturalMoneyUnit(value);
      const suffix =
        figure.unit === 'yuan' ? '' : figure.unit === 'yuan-per-enterprise' ? '/家' : '/人';
      return {
        value: formatMoney(Math.round(value), { unit }),
        unit: `${moneyUnitLabels[unit][language]}${language === 'zh' ? suffix : ''}`,
      };
    }
    case 'percent':
      return { value: `${value >= 0 ? '' : '−'}${Math.abs(value).toFixed(1)}`, unit: '%' };
    case 'sqm':
      return {
        value: Math.round(value).toLocaleString('en-US'),
        unit: figureUnitLabels.sqm[language],
      };
    default:
      return {
        value: Math.round(value).toLocaleString('en-US'),
        unit: figureUnitLabels[figure.unit][language],
      };
  }
}

/** A signed percentage for growth rates: "+2.7%", "−3.1%". */
export function formatGrowth(figure: Figure): string {
  if (figure.value === null) return '—';
  const sign = figure.value > 0 ? '+' : figure.value < 0 ? '−' : '';
  return `${sign}${Math.abs(figure.value).toFixed(1)}%`;
}
