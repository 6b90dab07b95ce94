/**
 * The fields in which an import's rows differ from the registry, across all its sheets: what
 * the user sets a policy for, field by field and kind of record by kind, once the comparison
 * shows them. A field whose changes the policy keeps stays listed, so the choice can be taken
 * back.
 */
import type { LocalizedText } from '../../text/localized-text';
import { importEntityLabels, type ImportEntity } from '../mapping/import-entity';
import { fieldPolicyKey } from './field-policy';
import type { SheetImportPlan } from './sheet-import-plan';

export interface DifferingField {
  /** The key its policy is set under (fieldPolicyKey). */
  readonly key: string;
  readonly entity: ImportEntity;
  /** The model field: "name", "revenueYuan". */
  readonly field: string;
  readonly label: LocalizedText;
  readonly entityLabel: LocalizedText;
  /** Cells that differ from the stored value. */
  readonly cells: number;
  /** Of those, the cells the policy writes. */
  readonly applied: number;
}

/** In the order the fields first appear in the sheets. */
export function differingFields(
  plans: readonly Pick<SheetImportPlan, 'entity' | 'rows'>[],
): DifferingField[] {
  const byKey = new Map<string, DifferingField & { cells: number; applied: number }>();
  for (const { entity, rows } of plans) {
    if (entity === null) continue;
    for (const row of rows) {
      for (const change of row.changes) {
        const key = fieldPolicyKey(entity, change.field);
        const entry = byKey.get(key) ?? {
          key,
          entity,
          field: change.field,
          label: change.label,
          entityLabel: importEntityLabels[entity],
          cells: 0,
          applied: 0,
        };
        entry.cells += 1;
        if (change.applied) entry.applied += 1;
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()];
}
