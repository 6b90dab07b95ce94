/**
 * The one line under the credit-code field while it is typed: how far along, the exact problem
 * (the validator's own words), or that it checks out; and, when look-alike letters are the
 * whole problem (O for 0, I for 1…), the code as it was most likely meant.
 */
import {
  describeCreditCodeInput,
  validateCreditCode,
  type CreditCodeProblem,
} from '../../../shared/enterprises/credit-code';
import type { LocalizedText } from '../../../shared/text/localized-text';

export type CreditCodeHintTone = 'progress' | 'problem' | 'valid' | 'legacy';

export interface CreditCodeHint {
  readonly tone: CreditCodeHintTone;
  readonly message: LocalizedText;
  /** The normalised code the validator checked. */
  readonly normalised: string;
  /** What the typist most likely meant, when replacing look-alike letters explains every problem. */
  readonly suggestion?: string;
}

/** The typed characters with look-alikes replaced, if those were the only problems. */
function partialSuggestion(
  normalised: string,
  problems: readonly CreditCodeProblem[],
): string | undefined {
  const chars = Array.from(normalised);
  for (const problem of problems) {
    if (problem.kind !== 'forbidden-letter') return undefined;
    chars[problem.position - 1] = problem.likelyIntended;
  }
  return problems.length === 0 ? undefined : chars.join('');
}

export function creditCodeHint(input: string): CreditCodeHint {
  const state = describeCreditCodeInput(input);
  const { normalised, validation, problems, message } = state;
  if (validation?.ok === true) {
    return {
      tone: validation.kind === 'uscc' ? 'valid' : 'legacy',
      message: validation.kind === 'uscc' ? message : validation.notice,
      normalised,
    };
  }
  if (problems.length === 0) {
    // A 15-digit 注册号 is complete as it is, though the field still counts toward 18.
    const legacy = validateCreditCode(normalised).ok;
    return { tone: legacy ? 'legacy' : 'progress', message, normalised };
  }
  const suggestion =
    validation === null ? partialSuggestion(normalised, problems) : validation.suggestion;
  return {
    tone: 'problem',
    message,
    normalised,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}
