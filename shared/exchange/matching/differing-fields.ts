/**
 * The fields in which an import's rows differ from the registry, across all its sheets: what
 * the user sets a policy for, field by field, once the comparison shows them. A field whose
 * changes the policy keeps stays listed, so the choice can be taken back.
 */
import type { LocalizedText } from '../../text/localized-text';
import type { SheetImportPlan } from './sheet-import-plan';

export interface DifferingField {
  /** The model field: "name", "revenueYuan". */
  readonly field: string;
  readonly label: LocalizedText;
  /** Cells that differ from the stored value. */
  readonly cells: number;
  /** Of those, the cells the policy writes. */
  readonly applied: number;
}

/** In the order the fields first appear in the sheets. */
export function differingFields(plans: readonly Pick<SheetImportPlan, 'rows'>[]): DifferingField[] {
  const byField = new Map<string, { label: LocalizedText; cells: number; applied: number }>();
  for (const plan of plans) {
    for (const row of plan.rows) {
      for (const change of row.changes) {
        const entry = byField.get(change.field) ?? { label: change.label, cells: 0, applied: 0 };
        entry.cells += 1;
        if (change.applied) entry.applied += 1;
        byField.set(change.field, entry);
      }
    }
  }
  return [...byField].map(([field, entry]) => ({ field, ...entry }));
}
