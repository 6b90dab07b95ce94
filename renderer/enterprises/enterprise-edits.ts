/**
 * Edits made in the enterprises grid: one cell (inline) or one field for many selected rows
 * (bulk). Both go to the registry as one change set each, so one undo takes back either.
 */
import {
  enterpriseStatuses,
  type Enterprise,
  type EnterpriseStatus,
} from '../../shared/enterprises/enterprise';
import {
  isCultureSubcategoryCode,
  type CultureSubcategoryCode,
} from '../../shared/reference/culture-classification';
import type { LocalizedText } from '../../shared/text/localized-text';
import { toHalfWidth } from '../../shared/text/half-width';

/** The fields people change from the grid, one by one or for many rows at once. */
export const editableFields = ['name', 'status', 'subcategoryCode', 'digitalCulture'] as const;
export type EditableField = (typeof editableFields)[number];

export type FieldValue =
  | { readonly field: 'name'; readonly value: string }
  | { readonly field: 'status'; readonly value: EnterpriseStatus }
  | { readonly field: 'subcategoryCode'; readonly value: CultureSubcategoryCode | undefined }
  | { readonly field: 'digitalCulture'; readonly value: boolean };

/** Reads what was typed for a field, or says what is wrong with it. */
export function parseFieldValue(
  field: EditableField,
  raw: string | boolean,
): { ok: true; value: FieldValue } | { ok: false; problem: LocalizedText } {
  if (field === 'digitalCulture') {
    if (typeof raw === 'boolean') return { ok: true, value: { field, value: raw } };
    const text = raw.trim();
    if (['是', 'Y', 'y', '1', 'true', '√'].includes(text))
      return { ok: true, value: { field, value: true } };
    if (['否', 'N', 'n', '0', 'false', '×'].includes(text))
      return { ok: true, value: { field, value: false } };
    return { ok: false, problem: { zh: '请填“是”或“否”', en: 'Enter yes or no' } };
  }
  const text = toHalfWidth(String(raw)).trim();
  switch (field) {
    case 'name':
      return text === ''
        ? { ok: false, problem: { zh: '企业名称不能为空', en: 'The name cannot be empty' } }
        : { ok: true, value: { field, value: text } };
    case 'status':
      return (enterpriseStatuses as readonly string[]).includes(text)
        ? { ok: true, value: { field, value: text as EnterpriseStatus } }
        : {
            ok: false,
            problem: {
              zh: '状态应为 在营 / 迁出 / 注销 / 吊销',
              en: 'Status must be one of the four',
            },
          };
    case 'subcategoryCode': {
      if (text === '') return { ok: true, value: { field, value: undefined } };
      const code = text.padStart(3, '0');
      return isCultureSubcategoryCode(code)
        ? { ok: true, value: { field, value: code } }
        : {
            ok: false,
            problem: {
              zh: `“${text}”不是2018分类的中类代码（如 031 广告服务）`,
              en: `"${text}" is not a 中类 code of the 2018 classification (e.g. 031)`,
            },
          };
    }
  }
}

/** The enterprise with one field set; undefined removes an optional field. */
export function withFieldValue(enterprise: Enterprise, change: FieldValue): Enterprise {
  const next: Enterprise = { ...enterprise };
  if (change.field === 'subcategoryCode') {
    if (change.value === undefined) delete next.subcategoryCode;
    else next.subcategoryCode = change.value;
    return next;
  }
  return { ...next, [change.field]: change.value };
}
