import { useTranslation } from 'react-i18next';
import type { DifferingField } from '../../../shared/exchange/matching/differing-fields';
import { fieldPolicies, type FieldPolicy } from '../../../shared/exchange/matching/field-policy';
import { languageOf } from '../../app/format-figure';

interface Props {
  readonly fields: readonly DifferingField[];
  readonly byField: Readonly<Record<string, FieldPolicy>>;
  /** By the field's key; undefined: it follows the policy chosen for the whole import. */
  readonly onPolicy: (key: string, policy: FieldPolicy | undefined) => void;
  readonly disabled: boolean;
}

const followsGlobal = 'global';

/**
 * The fields in which the file differs from the registry, each with how many cells differ and
 * what happens to them: the import's policy, or one of its own (e.g. take the revenue figures
 * but keep the contacts the park typed in).
 */
export function FieldPolicyTable({ fields, byField, onPolicy, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  if (fields.length === 0) return null;
  // Named with their kind of record only when the file's sheets hold more than one kind.
  const severalKinds = new Set(fields.map((field) => field.entity)).size > 1;
  const nameOf = (field: DifferingField) =>
    severalKinds
      ? `${field.label[language]}（${field.entityLabel[language]}）`
      : field.label[language];
  return (
    <table className="import-field-policies" aria-label={t('exchangeImport.fieldPolicy.title')}>
      <caption>{t('exchangeImport.fieldPolicy.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exchangeImport.fieldPolicy.field')}</th>
          <th scope="col">{t('exchangeImport.fieldPolicy.cells')}</th>
          <th scope="col">{t('exchangeImport.fieldPolicy.policy')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.key}>
            <th scope="row">{nameOf(field)}</th>
            <td>
              {t('exchangeImport.fieldPolicy.applied', {
                applied: field.applied,
                cells: field.cells,
              })}
            </td>
            <td>
              <select
                aria-label={t('exchangeImport.fieldPolicy.policyOf', {
                  field: nameOf(field),
                })}
                disabled={disabled}
                value={byField[field.key] ?? followsGlobal}
                onChange={(event) => {
                  const value = event.target.value;
                  onPolicy(field.key, value === followsGlobal ? undefined : (value as FieldPolicy));
                }}
              >
                <option value={followsGlobal}>{t('exchangeImport.fieldPolicy.global')}</option>
                {fieldPolicies.map((option) => (
                  <option key={option} value={option}>
                    {t(`exchangeImport.fieldPolicy.${option}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
