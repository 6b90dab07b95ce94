import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  certificationTierLabels,
  cultivationTierLabels,
  cultivationTiers,
  type Park,
} from '../../shared/parks/park';
import { chaoyangStreets } from '../../shared/reference/chaoyang-streets';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { CodeSelect, ProfileList, RecordPanel } from '../records/RecordPanel';
import { RegistryError } from '../db/registry-error';
import {
  parkFormValues,
  parkFromForm,
  type ParkFormProblems,
  type ParkFormValues,
} from './park-form';

const textFields = [
  'name',
  'aliases',
  'districtCode',
  'address',
  'operatorName',
  'operatorCreditCode',
  'themes',
  'landAreaSqm',
  'floorAreaSqm',
  'rentableAreaSqm',
  'contactName',
  'contactPhone',
] as const satisfies readonly (keyof ParkFormValues)[];

const fieldLabelKey = {
  name: 'name',
  aliases: 'aliases',
  districtCode: 'districtCode',
  address: 'address',
  operatorName: 'operatorName',
  operatorCreditCode: 'operatorCreditCode',
  themes: 'themes',
  landAreaSqm: 'landArea',
  floorAreaSqm: 'floorArea',
  rentableAreaSqm: 'rentableArea',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
} as const;

/** The park's 档案: read, or edited in place and saved as one undoable change. */
export function ParkProfile({ park }: { park: Park }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const [values, setValues] = useState<ParkFormValues | null>(null);
  const [problems, setProblems] = useState<ParkFormProblems>({});
  const [message, setMessage] = useState('');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (values === null) return;
    const result = parkFromForm(park, values);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      await registry.parks.save(result.park, { expectedVersion: park.version });
      setValues(null);
      setProblems({});
      setMessage(t('parks.saved'));
    } catch (error) {
      setMessage(error instanceof RegistryError ? error.text[language] : String(error));
    }
  };

  if (values === null) {
    const street = chaoyangStreets.find((s) => s.code === park.streetCode)?.name;
    const rows: (readonly [string, string | undefined])[] = [
      [t('parks.field.aliases'), park.aliases.join('、')],
      [t('parks.field.districtCode'), park.districtCode],
      [t('parks.field.street'), street],
      [t('parks.field.zone'), park.inExperimentalZone ? t('parks.yes') : t('parks.no')],
      [t('parks.field.address'), park.address],
      [t('parks.field.operatorName'), park.operatorName],
      [t('parks.field.themes'), park.themes.join('、')],
      [t('parks.field.rentableArea'), park.rentableAreaSqm?.toLocaleString('en-US')],
      [t('parks.field.floorArea'), park.floorAreaSqm?.toLocaleString('en-US')],
      [t('parks.field.contactName'), park.contactName],
      [t('parks.field.contactPhone'), park.contactPhone],
      [t('parks.field.cultivationTier'), cultivationTierLabels[park.cultivationTier][language]],
      [t('parks.field.notes'), park.notes],
    ];
    return (
      <RecordPanel
        title={t('parks.profile')}
        action={
          <button type="button" onClick={() => setValues(parkFormValues(park))}>
            {t('parks.edit')}
          </button>
        }
      >
        <ProfileList rows={rows} none={t('parks.none')} />
        {message && (
          <p className="note" role="status">
            {message}
          </p>
        )}
        <h2 style={{ marginTop: 16 }}>{t('parks.certifications')}</h2>
        {park.certifications.length === 0 ? (
          <p className="muted">{t('parks.certificationsEmpty')}</p>
        ) : (
          <ul>
            {[...park.certifications]
              .sort((a, b) => b.year - a.year)
              .map((c) => (
                <li key={`${c.year}-${c.tier}`}>
                  {c.year} · {certificationTierLabels[c.tier][language]}
                </li>
              ))}
          </ul>
        )}
      </RecordPanel>
    );
  }

  const problemCount = Object.keys(problems).length;
  return (
    <RecordPanel title={t('parks.profile')}>
      <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate>
        {problemCount > 0 && (
          <p className="field-problem" role="alert" style={{ gridColumn: '1 / -1', margin: 0 }}>
            {t('parks.invalid', { count: problemCount })}
          </p>
        )}
        {textFields.map((field) => (
          <div key={field} style={{ display: 'contents' }}>
            <label htmlFor={`park-${field}`}>{t(`parks.field.${fieldLabelKey[field]}`)}</label>
            <input
              id={`park-${field}`}
              value={values[field]}
              aria-invalid={problems[field] !== undefined}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
            {problems[field] && <p className="field-problem">{problems[field][language]}</p>}
          </div>
        ))}
        <label htmlFor="park-street">{t('parks.field.street')}</label>
        <select
          id="park-street"
          value={values.streetCode}
          onChange={(event) => setValues({ ...values, streetCode: event.target.value })}
        >
          <option value="">{t('parks.none')}</option>
          {chaoyangStreets.map((street) => (
            <option key={street.code} value={street.code}>
              {street.name}
            </option>
          ))}
        </select>
        {problems.streetCode && <p className="field-problem">{problems.streetCode[language]}</p>}
        <label htmlFor="park-zone">{t('parks.field.zone')}</label>
        <input
          id="park-zone"
          type="checkbox"
          checked={values.inExperimentalZone}
          onChange={(event) => setValues({ ...values, inExperimentalZone: event.target.checked })}
        />
        <CodeSelect
          id="park-tier"
          label={t('parks.field.cultivationTier')}
          value={values.cultivationTier}
          codes={cultivationTiers}
          labelOf={(tier) => cultivationTierLabels[tier][language]}
          onChange={(cultivationTier) => setValues({ ...values, cultivationTier })}
        />
        <label htmlFor="park-notes">{t('parks.field.notes')}</label>
        <textarea
          id="park-notes"
          rows={3}
          value={values.notes}
          onChange={(event) => setValues({ ...values, notes: event.target.value })}
        />
        <div className="actions">
          <button type="button" onClick={() => setValues(null)}>
            {t('parks.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('parks.save')}
          </button>
        </div>
        {message && (
          <p className="field-problem" role="alert" style={{ gridColumn: '1 / -1' }}>
            {message}
          </p>
        )}
      </form>
    </RecordPanel>
  );
}
