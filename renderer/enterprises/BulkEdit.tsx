import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseStatuses, enterpriseStatusLabels } from '../../shared/enterprises/enterprise';
import { languageOf } from '../app/format-figure';
import { editableFields, type EditableField } from './enterprise-edits';

/** "Set this field for the N selected rows": ag-grid Community has no fill handle, so this is ours. */
export function BulkEdit({
  count,
  onApply,
}: {
  count: number;
  onApply: (field: EditableField, raw: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [field, setField] = useState<EditableField>('status');
  const [raw, setRaw] = useState('');
  if (count === 0) return null;
  const choices =
    field === 'status'
      ? enterpriseStatuses.map(
          (status) => [status, enterpriseStatusLabels[status][language]] as const,
        )
      : field === 'digitalCulture'
        ? ([
            ['是', t('enterprises.yes')],
            ['否', t('enterprises.no')],
          ] as const)
        : null;
  return (
    <span className="bulk-edit" role="group" aria-label={t('enterprises.bulkField')}>
      <label>
        {t('enterprises.bulkField')}
        <select
          value={field}
          onChange={(event) => {
            setField(event.target.value as EditableField);
            setRaw('');
          }}
        >
          {editableFields
            .filter((f) => f !== 'name')
            .map((f) => (
              <option key={f} value={f}>
                {t(`enterprises.editableField.${f}`)}
              </option>
            ))}
        </select>
      </label>
      {choices === null ? (
        <input
          aria-label={t('enterprises.bulkValue')}
          value={raw}
          onChange={(event) => setRaw(event.target.value)}
          placeholder="031"
          size={6}
        />
      ) : (
        <select
          aria-label={t('enterprises.bulkValue')}
          value={raw}
          onChange={(event) => setRaw(event.target.value)}
        >
          <option value="" disabled>
            —
          </option>
          {choices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="primary"
        disabled={choices !== null && raw === ''}
        onClick={() => onApply(field, raw)}
      >
        {t('enterprises.bulkApply', { count })}
      </button>
    </span>
  );
}
