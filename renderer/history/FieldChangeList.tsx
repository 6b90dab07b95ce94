import { useTranslation } from 'react-i18next';
import type { RecordHistoryEntry } from '../../shared/history/record-history';
import type { ContentTable } from '../../shared/registry/registry-tables';
import { languageOf } from '../app/format-figure';
import {
  fieldChangeLabel,
  listedFieldChanges,
  readableValue,
  type NameLookup,
} from './readable-change';

/** What one change did to one record: each field, old → new, in words. */
export function FieldChangeList({
  table,
  entry,
  names,
}: {
  table: ContentTable;
  entry: RecordHistoryEntry;
  names: NameLookup;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const context = { t, language, names };
  const fields = listedFieldChanges(table, entry.fields, t);
  // A new record lists what it was created with; a deletion needs no field list.
  if (entry.kind === 'deleted' || fields.length === 0) return null;
  return (
    <table className="field-changes">
      <tbody>
        {fields.map((change) => (
          <tr key={`${change.field}-${change.label.zh}`}>
            <th scope="row">{fieldChangeLabel(table, change, language)}</th>
            {entry.kind === 'created' ? (
              <td className="field-new" colSpan={3}>
                {readableValue(table, change.field, change.after, context)}
              </td>
            ) : (
              <>
                <td className="field-old">
                  {readableValue(table, change.field, change.before, context)}
                </td>
                <td className="field-arrow" aria-hidden="true">
                  →
                </td>
                <td className="field-new">
                  {readableValue(table, change.field, change.after, context)}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
