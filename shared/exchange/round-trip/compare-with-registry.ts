/**
 * A returned exchange workbook against the registry as it is now: the baseline from the
 * workbook's own _meta sheet (each record's id, version and content hash at export), "here"
 * from the registry's records turned into the very rows the export would write today, "there"
 * from the returned rows. This is the app's round trip; `diff` is the same comparison with the
 * exported file standing in for the registry.
 */
import { recordContentHash } from '../exchange-format/content-hash';
import {
  readExchangeMeta,
  type ExchangeMeta,
  type ExchangeMetaError,
} from '../exchange-format/exchange-meta';
import { exchangeContent, type ExchangeRecords } from '../exchange-format/exchange-records';
import { hashedFields } from '../exchange-format/exchange-sheets';
import { locateWorkbook } from '../layout/locate-sheet';
import type { ParsedWorkbook } from '../workbook/read-workbook';
import { compareSheet, type CurrentRecord } from './compare-records';
import { exchangeSheetRows, findReturnedSheet, untouchedFormRows } from './exchange-sheet-rows';
import type { SheetDiff } from './workbook-diff';

export type RegistryComparison =
  | { readonly ok: true; readonly meta: ExchangeMeta; readonly sheets: readonly SheetDiff[] }
  | { readonly ok: false; readonly error: ExchangeMetaError };

export function compareWithRegistry(
  returned: ParsedWorkbook,
  records: ExchangeRecords,
): RegistryComparison {
  const read = readExchangeMeta(returned);
  if (!read.ok) return read;
  const { meta } = read;
  const located = locateWorkbook(returned);
  const content = exchangeContent(records, {
    scope: meta.scope,
    period: meta.period,
    exportedAt: meta.exportedAt,
    // A workbook of an older version is compared over the columns it has: its hashes cover those.
    formatVersion: meta.formatVersion,
    // With the blank rows of a revenue form, such a row returned still blank is known as one.
    revenueForm: true,
  });
  const sheets = content.map(({ definition, rows }): SheetDiff => {
    const fields = hashedFields(definition);
    const returnedSheet = findReturnedSheet(located, definition.name, definition.entity);
    const returnedRows =
      returnedSheet === undefined ? { rows: [], problems: [] } : exchangeSheetRows(returnedSheet);
    const current = rows.flatMap((row): CurrentRecord[] =>
      row.recordId === null || row.version === null
        ? []
        : [{ recordId: row.recordId, version: row.version, values: row.values }],
    );
    const untouched = untouchedFormRows(rows, returnedRows.rows, fields);
    return {
      name: definition.name,
      entity: definition.entity,
      columns: (returnedSheet?.columns ?? []).flatMap((column) =>
        column.field === null
          ? []
          : [{ field: column.field, letter: column.letter, header: column.header }],
      ),
      comparisons: compareSheet({
        fields,
        hashOf: (values) => recordContentHash(fields, values),
        baseline: meta.records.filter((stamp) => stamp.sheet === definition.name),
        current,
        returned: returnedRows.rows.filter((row) => !untouched.has(row)),
      }),
      problems: returnedRows.problems,
    };
  });
  return { ok: true, meta, sheets };
}
