/**
 * Small builders for round-trip tests: an enterprise row's values, and one record as exported,
 * as it is here now and as it came back, over a three-field sheet with a plain test hash.
 */
import { validCreditCodes } from '../../../test-support/builders';
import type { ImportFieldId } from '../../mapping/import-fields';
import type {
  BaselineRecord,
  CurrentRecord,
  ReturnedRow,
  SheetComparisonInput,
} from '../compare-records';
import { recordFieldHashes } from '../../exchange-format/content-hash';
import { valueOf, type FieldValues } from '../field-values';

export const enterpriseFields: readonly ImportFieldId[] = [
  'enterpriseName',
  'creditCode',
  'contactName',
];

/** Stands in for the export's content hash: equal values, equal hash. */
export function testHash(values: FieldValues): string {
  return JSON.stringify(enterpriseFields.map((field) => valueOf(values, field)));
}

export function enterpriseValues(overrides: FieldValues = {}): FieldValues {
  return {
    enterpriseName: '北京甲文化传媒有限公司',
    creditCode: validCreditCodes[0],
    contactName: '张三',
    ...overrides,
  };
}

export interface ExportedRecord {
  readonly baseline: BaselineRecord;
  readonly current: CurrentRecord;
  readonly returned: ReturnedRow;
}

/**
 * One record exported at version 1 with `values`; `here` and `there` are what each side
 * changed since. The baseline keeps the record's hash only (an old export), its field hashes
 * too (the app's exports), or the exported values (as `diff` has them).
 */
export function anExportedRecord(
  recordId: string,
  rowNumber: number,
  changes: { values?: FieldValues; here?: FieldValues; there?: FieldValues } = {},
  baselineKeeps: 'hash' | 'field-hashes' | 'values' = 'hash',
): ExportedRecord {
  const values = enterpriseValues(changes.values);
  const here = changes.here === undefined ? values : { ...values, ...changes.here };
  return {
    baseline: {
      recordId,
      version: 1,
      contentHash: testHash(values),
      ...(baselineKeeps === 'values' ? { values } : {}),
      ...(baselineKeeps === 'field-hashes'
        ? { fieldHashes: recordFieldHashes(enterpriseFields, values) }
        : {}),
    },
    current: { recordId, version: changes.here === undefined ? 1 : 2, values: here },
    returned: { rowNumber, recordId, values: { ...values, ...changes.there } },
  };
}

export function comparisonInput(
  records: readonly ExportedRecord[],
  extra: Partial<SheetComparisonInput> = {},
): SheetComparisonInput {
  return {
    fields: enterpriseFields,
    hashOf: testHash,
    baseline: records.map((record) => record.baseline),
    current: records.map((record) => record.current),
    returned: records.map((record) => record.returned),
    ...extra,
  };
}
