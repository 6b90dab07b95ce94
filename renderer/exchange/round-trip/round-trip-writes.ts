/**
 * A round-trip plan as registry writes: each taken field of an enterprise or park goes into a
 * copy of the stored record, saved with the version the decisions were made on so a record
 * changed meanwhile is refused rather than overwritten. What this step cannot write yet (new
 * rows, fields of other sheets, fields composed of several columns) is listed, never dropped.
 */
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import { composedFields, recordFieldOf } from '../../../shared/exchange/drafts/row-draft';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import type {
  FieldChange,
  PlannedChange,
} from '../../../shared/exchange/round-trip/round-trip-plan';
import type { Park } from '../../../shared/parks/park';
import { withoutBookkeeping, type RecordDraft } from '../../../shared/records/record-draft';
import type { RecordMeta } from '../../../shared/records/record-meta';

export interface SheetPlan {
  readonly sheetName: string;
  readonly entity: ImportEntity | null;
  readonly changes: readonly PlannedChange[];
}

export type RoundTripWrite =
  | {
      readonly table: 'enterprises';
      readonly draft: RecordDraft<Enterprise>;
      readonly expectedVersion: number;
    }
  | {
      readonly table: 'parks';
      readonly draft: RecordDraft<Park>;
      readonly expectedVersion: number;
    };

export type NotAppliedReason = 'new-row' | 'sheet' | 'composed-field' | 'record-gone';

export interface NotApplied {
  readonly sheetName: string;
  /** The record's id, or the row number of a new row. */
  readonly where: string;
  readonly reason: NotAppliedReason;
}

export interface RoundTripWrites {
  readonly writes: readonly RoundTripWrite[];
  readonly notApplied: readonly NotApplied[];
}

function changedDraft<T extends RecordMeta>(
  record: T,
  entity: 'enterprises' | 'parks',
  changes: readonly FieldChange[],
): RecordDraft<T> {
  const fields: Record<string, unknown> = { ...withoutBookkeeping(record) };
  for (const change of changes) {
    const modelField = recordFieldOf[entity][change.field];
    if (modelField === undefined) continue;
    // A cell cleared there clears the field: absent, as a blank cell is in an import draft.
    if (change.to === null) Reflect.deleteProperty(fields, modelField);
    else fields[modelField] = change.to;
  }
  return fields as RecordDraft<T>;
}

export function roundTripWrites(
  sheets: readonly SheetPlan[],
  records: { readonly enterprises: readonly Enterprise[]; readonly parks: readonly Park[] },
): RoundTripWrites {
  const writes: RoundTripWrite[] = [];
  const notApplied: NotApplied[] = [];
  const enterprises = new Map(records.enterprises.map((record) => [record.id, record]));
  const parks = new Map(records.parks.map((record) => [record.id, record]));
  for (const { sheetName, entity, changes } of sheets) {
    for (const change of changes) {
      if (change.kind === 'create') {
        notApplied.push({ sheetName, where: String(change.rowNumber), reason: 'new-row' });
        continue;
      }
      const where = change.recordId;
      if (entity !== 'enterprises' && entity !== 'parks') {
        notApplied.push({ sheetName, where, reason: 'sheet' });
        continue;
      }
      const simple = change.changes.filter((field) => !composedFields.has(field.field));
      if (simple.length < change.changes.length) {
        notApplied.push({ sheetName, where, reason: 'composed-field' });
      }
      if (simple.length === 0) continue;
      const { expectedVersion } = change;
      if (entity === 'enterprises') {
        const record = enterprises.get(where);
        if (record === undefined) notApplied.push({ sheetName, where, reason: 'record-gone' });
        else {
          const draft = changedDraft(record, entity, simple);
          writes.push({ table: entity, draft, expectedVersion });
        }
      } else {
        const record = parks.get(where);
        if (record === undefined) notApplied.push({ sheetName, where, reason: 'record-gone' });
        else
          writes.push({
            table: entity,
            draft: changedDraft(record, entity, simple),
            expectedVersion,
          });
      }
    }
  }
  return { writes, notApplied };
}
