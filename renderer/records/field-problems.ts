/**
 * A record's schema problems, one per form field, in the model's words: the model writes its
 * messages "中文 / English"; zod's own wrong-type message means text where a number belongs.
 */
import type { z } from 'zod';
import type { LocalizedText } from '../../shared/text/localized-text';

const numbersOnly: LocalizedText = { zh: '应为数字，请只填数字', en: 'Numbers only' };

export function fieldProblems<Field extends string>(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly Field[],
): Partial<Record<Field, LocalizedText>> {
  const problems: Partial<Record<Field, LocalizedText>> = {};
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field === undefined || problems[field] !== undefined) continue;
    const [zh = issue.message, en = issue.message] = issue.message.split(' / ');
    problems[field] = issue.code === 'invalid_type' ? numbersOnly : { zh, en };
  }
  return problems;
}
