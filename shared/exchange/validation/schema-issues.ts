/**
 * Zod's findings as messages for a person. The model schemas carry their own bilingual texts
 * ("中文 / English"); the built-in checks (too long, below zero) are worded here, with the fix.
 */
import type { z } from 'zod';
import { localized, type LocalizedText } from '../../text/localized-text';

const bilingualSeparator = ' / ';

function limitOf(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

export function schemaIssueText(issue: z.core.$ZodIssue): LocalizedText {
  const separator = issue.message.indexOf(bilingualSeparator);
  if (separator > 0) {
    return localized(
      issue.message.slice(0, separator),
      issue.message.slice(separator + bilingualSeparator.length),
    );
  }
  if (issue.code === 'too_big') {
    const limit = limitOf(issue.maximum);
    return issue.origin === 'string'
      ? localized(
          `内容过长（最多 ${limit} 个字）：请删减`,
          `Too long (at most ${limit} characters): shorten it`,
        )
      : localized(`数值过大（最大 ${limit}）：请核对`, `Too large (at most ${limit}): check it`);
  }
  if (issue.code === 'too_small') {
    const limit = limitOf(issue.minimum);
    return issue.origin === 'string'
      ? localized('不能为空：请填写', 'Must not be empty: fill it in')
      : localized(
          `数值过小（不能小于 ${limit}）：请核对`,
          `Too small (at least ${limit}): check it`,
        );
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    return localized(
      '不是允许的值：请从可选项中选择',
      'Not an allowed value: choose one of the options',
    );
  }
  return localized(
    `值不符合要求（${issue.message}）：请核对`,
    `Invalid value (${issue.message}): check it`,
  );
}
