/**
 * The district office's consolidation: many parks' workbooks into one set of records, each
 * record keeping the files and rows it came from. Records are recognised across files by what
 * identifies them in the world (an enterprise by its credit code, a report by code and period,
 * a park by its name), since each park's installation gives its records its own ids. The same
 * record from two rows, and a figure given twice with different values, are listed for the
 * user to decide; a blank in one file and a value in another is no disagreement.
 */
import { enterpriseNameKey } from '../../enterprises/name-key';
import { toLookupKey } from '../../text/half-width';
import type { ImportEntity } from '../mapping/import-entity';
import type { ImportFieldId } from '../mapping/import-fields';
import type { NormalisedValue } from '../values/normalise-cell';
import { sameValue } from '../matching/field-policy';
import { valueOf, type FieldValues } from '../round-trip/field-values';

export interface SourceRow {
  readonly rowNumber: number;
  readonly values: FieldValues;
}

export interface SourceSheet {
  readonly name: string;
  readonly entity: ImportEntity;
  /** The sheet's mapped fields, in column order. */
  readonly fields: readonly ImportFieldId[];
  readonly rows: readonly SourceRow[];
}

export interface SourceWorkbook {
  /** The file's name: where each consolidated record says it came from. */
  readonly source: string;
  readonly sheets: readonly SourceSheet[];
}

export interface RowSource {
  readonly source: string;
  readonly sheet: string;
  readonly rowNumber: number;
}

export interface ConsolidatedRecord {
  readonly key: string;
  /** Each field's first non-blank value, in the order the files were given. */
  readonly values: FieldValues;
  readonly sources: readonly RowSource[];
}

export interface ConsolidatedSheet {
  readonly entity: ImportEntity;
  readonly fields: readonly ImportFieldId[];
  readonly records: readonly ConsolidatedRecord[];
}

/** One record given by more than one row (two parks reporting the same enterprise). */
export interface DuplicateRecord {
  readonly entity: ImportEntity;
  readonly key: string;
  readonly sources: readonly RowSource[];
}

/** One figure given with different values. */
export interface Disagreement {
  readonly entity: ImportEntity;
  readonly key: string;
  readonly field: ImportFieldId;
  readonly reports: readonly (RowSource & { readonly value: NormalisedValue })[];
}

export interface Consolidation {
  readonly sheets: readonly ConsolidatedSheet[];
  readonly duplicates: readonly DuplicateRecord[];
  readonly disagreements: readonly Disagreement[];
}

/** What identifies a record of each kind across installations. */
export const identityFields: Readonly<Record<ImportEntity, readonly ImportFieldId[]>> = {
  parks: ['parkName'],
  enterprises: ['creditCode'],
  tenancies: ['creditCode', 'parkName', 'movedInOn'],
  revenue: ['creditCode', 'period'],
  cultivation: ['parkName'],
  milestones: ['parkName', 'milestoneTitle'],
  events: ['parkName', 'eventTitle', 'eventDate'],
  financing: ['creditCode', 'lender', 'financingDate'],
};

function keyPart(values: FieldValues, field: ImportFieldId): string | null {
  const value = valueOf(values, field);
  if (value !== null) {
    // Park names are typed by hand in each park's file: width and spacing may differ.
    return typeof value === 'string' ? toLookupKey(value) : String(value);
  }
  // Without a credit code an enterprise is still known by its name.
  if (field !== 'creditCode') return null;
  const name = valueOf(values, 'enterpriseName');
  return typeof name === 'string' ? `名称:${enterpriseNameKey(name)}` : null;
}

/** The row's identity, or null when a field it needs is blank (then it stands alone). */
export function identityKey(entity: ImportEntity, values: FieldValues): string | null {
  const parts = identityFields[entity].map((field) => keyPart(values, field));
  return parts.some((part) => part === null) ? null : parts.join('|');
}

interface Gathered {
  readonly entity: ImportEntity;
  readonly fields: ImportFieldId[];
  readonly rows: Map<string, { source: RowSource; values: FieldValues }[]>;
}

function gather(workbooks: readonly SourceWorkbook[]): Gathered[] {
  const byEntity = new Map<ImportEntity, Gathered>();
  for (const workbook of workbooks) {
    for (const sheet of workbook.sheets) {
      let gathered = byEntity.get(sheet.entity);
      if (gathered === undefined) {
        gathered = { entity: sheet.entity, fields: [], rows: new Map() };
        byEntity.set(sheet.entity, gathered);
      }
      for (const field of sheet.fields) {
        if (!gathered.fields.includes(field)) gathered.fields.push(field);
      }
      for (const row of sheet.rows) {
        const source = { source: workbook.source, sheet: sheet.name, rowNumber: row.rowNumber };
        const key =
          identityKey(sheet.entity, row.values) ??
          `${workbook.source}#${sheet.name}#${String(row.rowNumber)}`;
        const rows = gathered.rows.get(key) ?? [];
        rows.push({ source, values: row.values });
        gathered.rows.set(key, rows);
      }
    }
  }
  return [...byEntity.values()];
}

export function consolidateWorkbooks(workbooks: readonly SourceWorkbook[]): Consolidation {
  const sheets: ConsolidatedSheet[] = [];
  const duplicates: DuplicateRecord[] = [];
  const disagreements: Disagreement[] = [];
  for (const { entity, fields, rows } of gather(workbooks)) {
    const records: ConsolidatedRecord[] = [];
    for (const [key, given] of rows) {
      const sources = given.map((row) => row.source);
      if (given.length > 1) duplicates.push({ entity, key, sources });
      const values: Partial<Record<ImportFieldId, NormalisedValue | null>> = {};
      for (const field of fields) {
        const reports = given.flatMap(({ source, values: rowValues }) => {
          const value = valueOf(rowValues, field);
          return value === null ? [] : [{ ...source, value }];
        });
        values[field] = reports[0]?.value ?? null;
        if (reports.some((report) => !sameValue(report.value, reports[0]?.value))) {
          disagreements.push({ entity, key, field, reports });
        }
      }
      records.push({ key, values, sources });
    }
    sheets.push({ entity, fields, records });
  }
  return { sheets, duplicates, disagreements };
}
