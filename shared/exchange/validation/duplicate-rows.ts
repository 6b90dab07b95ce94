/**
 * Two rows of one sheet that describe the same record: the second would silently overwrite the
 * first. The key is what identifies the record: the credit code (else the name) of an
 * enterprise, with the period for a report; the park's name; and so on.
 */
import { enterpriseNameKey } from '../../enterprises/name-key';
import { toLookupKey } from '../../text/half-width';
import type { RowDraft } from '../drafts/row-draft';
import type { ImportFieldId } from '../mapping/import-fields';

export interface RowKey {
  readonly key: string;
  /** The field the key is read from, where the duplicate is marked. */
  readonly field: ImportFieldId;
}

function enterpriseKey(draft: RowDraft): RowKey | null {
  const { creditCode, enterpriseName } = draft.refs;
  if (creditCode !== undefined) return { key: `code:${creditCode}`, field: 'creditCode' };
  if (enterpriseName !== undefined) {
    return { key: `name:${enterpriseNameKey(enterpriseName)}`, field: 'enterpriseName' };
  }
  return null;
}

function parkKey(draft: RowDraft): string | null {
  return draft.refs.parkName === undefined ? null : toLookupKey(draft.refs.parkName);
}

function joined(base: RowKey | null, ...parts: readonly unknown[]): RowKey | null {
  if (base === null || parts.some((part) => part === undefined || part === null)) return null;
  return { key: [base.key, ...parts.map(String)].join('|'), field: base.field };
}

function parkBase(draft: RowDraft): RowKey | null {
  const park = parkKey(draft);
  return park === null ? null : { key: park, field: 'parkName' };
}

/** The identity of the record a row describes; null when the row does not say enough. */
export function rowKeyOf(draft: RowDraft): RowKey | null {
  switch (draft.entity) {
    case 'enterprises':
      return enterpriseKey(draft);
    case 'revenue':
      return joined(enterpriseKey(draft), draft.fields.period);
    case 'tenancies':
      return joined(enterpriseKey(draft), parkKey(draft), draft.fields.movedInOn ?? '');
    case 'financing':
      return joined(enterpriseKey(draft), draft.fields.date, draft.fields.amountYuan);
    case 'parks':
    case 'cultivation':
      return parkBase(draft);
    case 'events':
      return joined(parkBase(draft), draft.fields.title, draft.fields.date);
    case 'milestones':
      return joined(parkBase(draft), draft.fields.title);
  }
}

/** For each row after the first with the same key: the row number of that first row. */
export function findDuplicateRows(
  drafts: readonly RowDraft[],
): Map<number, { firstRow: number; field: ImportFieldId }> {
  const firstByKey = new Map<string, number>();
  const duplicates = new Map<number, { firstRow: number; field: ImportFieldId }>();
  for (const draft of drafts) {
    const key = rowKeyOf(draft);
    if (key === null) continue;
    const first = firstByKey.get(key.key);
    if (first === undefined) firstByKey.set(key.key, draft.rowNumber);
    else duplicates.set(draft.rowNumber, { firstRow: first, field: key.field });
  }
  return duplicates;
}
