import { useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  enterpriseStatuses,
  enterpriseStatusLabels,
  enterpriseTagLabels,
  statisticalBases,
  statisticalBasisLabels,
  type Enterprise,
} from '../../shared/enterprises/enterprise';
import { formatMoney } from '../../shared/money/money';
import {
  categoryOfSubcategory,
  cultureDomainLabels,
  cultureSubcategory,
  isCultureSubcategoryCode,
} from '../../shared/reference/culture-classification';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';
import { inBothLanguages } from '../i18n/in-both-languages';
import { CodeSelect, ProfileList, RecordPanel } from '../records/RecordPanel';
import {
  enterpriseFromProfile,
  enterpriseProfileValues,
  type EnterpriseProfileProblems,
  type EnterpriseProfileValues,
} from './enterprise-profile-form';

const textFields = [
  'name',
  'formerNames',
  'foundedOn',
  'registeredCapitalWan',
  'subcategoryCode',
  'contactName',
  'contactPhone',
] as const satisfies readonly (keyof EnterpriseProfileValues)[];

/** The enterprise's 档案: read, or edited in place and saved as one undoable change. */
export function EnterpriseProfile({ enterprise }: { enterprise: Enterprise }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const [values, setValues] = useState<EnterpriseProfileValues | null>(null);
  const [problems, setProblems] = useState<EnterpriseProfileProblems>({});
  const [message, setMessage] = useState('');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (values === null) return;
    const result = enterpriseFromProfile(enterprise, values);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      const plan = registry.plan(
        { kind: 'manual-edit' },
        inBothLanguages((fixed) => fixed('enterprises.page.editLabel', { name: enterprise.name })),
      );
      plan.save('enterprises', result.enterprise, { expectedVersion: enterprise.version });
      const changeSet = await registry.commit(plan);
      setValues(null);
      setProblems({});
      setMessage(
        changeSet === undefined ? t('enterprises.page.unchanged') : t('enterprises.page.saved'),
      );
    } catch (error) {
      setMessage(t('enterprises.page.failed', { message: toRegistryError(error).text[language] }));
    }
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      setValues(null);
      setProblems({});
    }
  };

  if (values === null) {
    const code = enterprise.subcategoryCode;
    const subcategory =
      code !== undefined && isCultureSubcategoryCode(code) ? cultureSubcategory(code) : undefined;
    const category =
      code !== undefined && isCultureSubcategoryCode(code)
        ? categoryOfSubcategory(code)
        : undefined;
    const yesNo = (value: boolean) => (value ? t('enterprises.yes') : t('enterprises.no'));
    const rows: (readonly [string, string | undefined])[] = [
      [t('enterprises.page.field.creditCode'), enterprise.creditCode],
      [t('enterprises.page.field.formerNames'), enterprise.formerNames.join('、')],
      [t('enterprises.page.field.foundedOn'), enterprise.foundedOn],
      [
        t('enterprises.page.field.registeredCapitalWan'),
        enterprise.registeredCapitalYuan === undefined
          ? undefined
          : formatMoney(enterprise.registeredCapitalYuan, { unit: 'wan-yuan' }),
      ],
      [
        t('enterprises.page.field.subcategoryCode'),
        subcategory === undefined ? code : `${subcategory.code} ${subcategory.name}`,
      ],
      [
        t('enterprises.page.field.category'),
        category === undefined
          ? undefined
          : `${category.name} · ${cultureDomainLabels[category.domain][language]}`,
      ],
      [t('enterprises.page.field.digitalCulture'), yesNo(enterprise.digitalCulture)],
      [
        t('enterprises.page.field.aboveScale'),
        Object.entries(enterprise.aboveScaleByYear)
          .sort(([a], [b]) => b.localeCompare(a))
          .map(([year, above]) => `${year} ${yesNo(above)}`)
          .join('、'),
      ],
      [
        t('enterprises.page.field.tags'),
        enterprise.tags.map((tag) => enterpriseTagLabels[tag][language]).join('、'),
      ],
      [t('enterprises.page.field.status'), enterpriseStatusLabels[enterprise.status][language]],
      [
        t('enterprises.page.field.statisticalBasis'),
        statisticalBasisLabels[enterprise.statisticalBasis][language],
      ],
      [t('enterprises.page.field.contactName'), enterprise.contactName],
      [t('enterprises.page.field.contactPhone'), enterprise.contactPhone],
      [t('enterprises.page.field.notes'), enterprise.notes],
    ];
    return (
      <RecordPanel
        title={t('enterprises.page.profile')}
        action={
          <button
            type="button"
            onClick={() => {
              setMessage('');
              setValues(enterpriseProfileValues(enterprise));
            }}
          >
            {t('enterprises.page.edit')}
          </button>
        }
      >
        <ProfileList rows={rows} none={t('enterprises.page.none')} />
        {message && (
          <p className="note" role="status">
            {message}
          </p>
        )}
      </RecordPanel>
    );
  }

  const problemCount = Object.keys(problems).length;
  return (
    <RecordPanel title={t('enterprises.page.profile')}>
      <form
        className="profile-form"
        onSubmit={(event) => void submit(event)}
        onKeyDown={cancelOnEscape}
        noValidate
      >
        {problemCount > 0 && (
          <p className="field-problem form-summary" role="alert">
            {t('enterprises.page.invalid', { count: problemCount })}
          </p>
        )}
        {textFields.map((field, index) => (
          <div key={field} style={{ display: 'contents' }}>
            <label htmlFor={`enterprise-${field}`}>{t(`enterprises.page.field.${field}`)}</label>
            <input
              id={`enterprise-${field}`}
              value={values[field]}
              // The form opens on the first field, ready to type.
              autoFocus={index === 0}
              aria-invalid={problems[field] !== undefined}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
            {problems[field] && <p className="field-problem">{problems[field][language]}</p>}
          </div>
        ))}
        <label htmlFor="enterprise-digitalCulture">
          {t('enterprises.page.field.digitalCulture')}
        </label>
        <input
          id="enterprise-digitalCulture"
          type="checkbox"
          checked={values.digitalCulture}
          onChange={(event) => setValues({ ...values, digitalCulture: event.target.checked })}
        />
        <CodeSelect
          id="enterprise-status"
          label={t('enterprises.page.field.status')}
          value={values.status}
          codes={enterpriseStatuses}
          labelOf={(status) => enterpriseStatusLabels[status][language]}
          onChange={(status) => setValues({ ...values, status })}
        />
        <CodeSelect
          id="enterprise-statisticalBasis"
          label={t('enterprises.page.field.statisticalBasis')}
          value={values.statisticalBasis}
          codes={statisticalBases}
          labelOf={(basis) => statisticalBasisLabels[basis][language]}
          onChange={(statisticalBasis) => setValues({ ...values, statisticalBasis })}
        />
        <label htmlFor="enterprise-notes">{t('enterprises.page.field.notes')}</label>
        <textarea
          id="enterprise-notes"
          rows={3}
          value={values.notes}
          onChange={(event) => setValues({ ...values, notes: event.target.value })}
        />
        {problems.notes && <p className="field-problem">{problems.notes[language]}</p>}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setValues(null);
              setProblems({});
            }}
          >
            {t('enterprises.page.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('enterprises.page.save')}
          </button>
        </div>
        {message && (
          <p className="field-problem form-summary" role="alert">
            {message}
          </p>
        )}
      </form>
    </RecordPanel>
  );
}
