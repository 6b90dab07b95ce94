/**
 * A sum of one reported figure over a group of enterprises, gathered one enterprise at a time,
 * with how many left it blank: a total over partial data must say so.
 */
import { figureOf, nothingReportedReason, unavailableFigure, type Figure } from './figure';
import type { FigureFacts } from './figure';
import type { LocalizedText } from '../text/localized-text';

export interface ReportedSum {
  readonly total: number;
  readonly reporting: number;
  /** Enterprises in the group without the figure. */
  readonly missing: number;
}

/**
 * Adds values in the order they come, as a sum over a filtered list would: callers walk members
 * in record order, so even a fractional figure comes out the same to the last bit. Integer 元
 * and head counts add exactly in any order.
 */
export class RunningSum implements ReportedSum {
  total = 0;
  reporting = 0;
  missing = 0;

  add(value: number | undefined): void {
    if (value === undefined) {
      this.missing += 1;
    } else {
      this.total += value;
      this.reporting += 1;
    }
  }
}

/** A sum is 0 over no enterprises, but unknown when every enterprise left it blank. */
export function sumFigure(facts: FigureFacts, sum: ReportedSum, what: LocalizedText): Figure {
  if (sum.reporting === 0 && sum.missing > 0) {
    return unavailableFigure(facts, nothingReportedReason(what));
  }
  return figureOf(facts, sum.total);
}
