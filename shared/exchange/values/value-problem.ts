/**
 * What a normaliser returns: the value in the registry's form, or a problem saying what was
 * found and what is expected. Where the value sits (row, column) is added by the caller, which
 * knows it; a blank cell is a value of null, since a blank is not a zero.
 */
import { localized, type LocalizedText } from '../../text/localized-text';

export const valueProblemCodes = [
  'error-value',
  'embedded-picture',
  'not-a-number',
  'not-an-integer',
  'wrong-unit',
  'out-of-range',
  'not-a-year',
  'not-a-date',
  'not-a-calendar-date',
  'not-a-boolean',
  'unknown-category',
  'category-mismatch',
  'unknown-choice',
  'unknown-street',
  'not-a-period',
  'precision-lost',
] as const;
export type ValueProblemCode = (typeof valueProblemCodes)[number];

export interface ValueProblem {
  readonly code: ValueProblemCode;
  readonly message: LocalizedText;
}

export type Normalised<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ValueProblem };

export function accepted<T>(value: T): Normalised<T> {
  return { ok: true, value };
}

export function rejected<T>(code: ValueProblemCode, zh: string, en: string): Normalised<T> {
  return { ok: false, problem: { code, message: localized(zh, en) } };
}
