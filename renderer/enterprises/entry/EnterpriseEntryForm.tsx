/**
 * 新增企业: a keyboard-first form in the order a manager fills it walking the park. Enter moves
 * to the next field, Ctrl+Enter saves, Esc asks before discarding. The credit code is checked as
 * it is typed; a code already registered offers to move that enterprise here instead of creating
 * a second one. What is typed is kept as a draft until saved or discarded.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Park } from '../../../shared/parks/park';
import {
  categoryOfSubcategory,
  cultureDomainLabels,
  cultureSubcategory,
  isCultureSubcategoryCode,
  searchSubcategories,
  type CultureSubcategoryCode,
} from '../../../shared/reference/culture-classification';
import { digitalCultureClasses } from '../../../shared/reference/digital-culture';
import { toLookupKey } from '../../../shared/text/half-width';
import type { LocalizedText } from '../../../shared/text/localized-text';
import { languageOf } from '../../app/format-figure';
import { hashForSection } from '../../app/sections';
import { localToday } from '../../dates/local-today';
import { useParks, useRegistry } from '../../db/hooks';
import { RegistryError } from '../../db/registry-error';
import { inBothLanguages } from '../../i18n/in-both-languages';
import { useMyParks } from '../../settings/my-parks';
import { Combobox, type ComboboxOption } from './Combobox';
import { creditCodeHint } from './credit-code-hint';
import {
  checkEnterpriseForm,
  checkStay,
  emptyEnterpriseForm,
  enterpriseFormFields,
  isBlankForm,
  readDate,
  type EnterpriseFormField,
  type EnterpriseFormValues,
  type FieldProblem,
  type FormProblems,
} from './enterprise-form';
import { readDraft, useFormDraft } from './form-draft';
import { addEnterprise, moveEnterprise } from './save-enterprise';
import { useRegisteredEnterprise } from './use-registered-enterprise';
import './enterprise-entry.css';

const draftForm = 'enterprise-entry';

const formValuesSchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  parkId: z.string(),
  building: z.string(),
  room: z.string(),
  leasedAreaSqm: z.string(),
  movedInOn: z.string(),
  subcategoryCode: z.string(),
  digitalCulture: z.boolean(),
  contactName: z.string(),
  contactPhone: z.string(),
}) satisfies z.ZodType<EnterpriseFormValues>;

/** The fields of an enterprise's profile: a move takes the registered profile as it is. */
const profileFields: ReadonlySet<EnterpriseFormField> = new Set([
  'name',
  'subcategoryCode',
  'digitalCulture',
  'contactName',
  'contactPhone',
]);

interface Status {
  readonly tone: 'done' | 'error' | 'busy';
  readonly text: string;
  readonly enterpriseId?: string;
}

function enterpriseHref(enterpriseId: string): string {
  return hashForSection('enterprises', enterpriseId);
}

function timeOf(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function EnterpriseEntryForm({
  parkId,
  onLeave,
}: {
  /** The park the form is opened for (from a park's page). */
  parkId?: string;
  /** Where Esc on an empty form goes: back to the list the form was opened from. */
  onLeave?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const parks = useParks();
  const myParkIds = useMyParks();
  // A manager of one park (设置 → 我的园区) starts with it; a park's page passes its own.
  const [initialParkId] = useState(
    () => parkId ?? (myParkIds.length === 1 ? (myParkIds[0] ?? '') : ''),
  );
  const [draft] = useState(() => readDraft(draftForm, formValuesSchema));
  const [values, setValues] = useState<EnterpriseFormValues>(
    () => draft?.values ?? emptyEnterpriseForm(initialParkId),
  );
  const [restoredAt, setRestoredAt] = useState(
    draft !== null && !isBlankForm(draft.values) ? draft.savedAt : null,
  );
  const [shown, setShown] = useState<ReadonlySet<EnterpriseFormField>>(new Set());
  const [status, setStatus] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const blank = isBlankForm(values);
  const clearDraft = useFormDraft(draftForm, values, blank);
  const today = localToday();
  const hint = creditCodeHint(values.creditCode);
  const validCode = hint.tone === 'valid' || hint.tone === 'legacy' ? hint.normalised : '';
  const registered = useRegisteredEnterprise(validCode, today);
  const moving = registered !== null && registered !== undefined;
  const problems: FormProblems = useMemo(
    () => (moving ? checkStay(values).problems : checkEnterpriseForm(values).problems),
    [moving, values],
  );
  const park = parks?.find((candidate) => candidate.id === values.parkId);
  const alreadyHere = moving && registered.housedIn.some((housed) => housed.id === values.parkId);

  const fieldElement = (field: EnterpriseFormField) =>
    form.current?.querySelector<HTMLInputElement>(`[data-field="${field}"]`) ?? null;

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('[data-field="creditCode"]')?.focus();
  }, []);

  useEffect(() => {
    if (confirming) dialog.current?.showModal();
    else dialog.current?.close();
  }, [confirming]);

  const set = <F extends EnterpriseFormField>(field: F, value: EnterpriseFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const isEnabled = useCallback(
    (field: EnterpriseFormField) => !(moving && profileFields.has(field)),
    [moving],
  );

  const focusField = (field: EnterpriseFormField) => {
    const element = fieldElement(field);
    element?.focus();
    if (element?.type === 'text') element.select();
  };

  const focusNext = (from: EnterpriseFormField) => {
    const order = enterpriseFormFields.filter(isEnabled);
    const next = order[order.indexOf(from) + 1];
    if (next === undefined) (moving ? moveButton : saveButton).current?.focus();
    else focusField(next);
  };

  const showAll = () => setShown(new Set(enterpriseFormFields));

  const firstProblemField = (found: FormProblems) =>
    enterpriseFormFields.find((field) => found[field] !== undefined);

  const bilingual = (key: 'createLabel' | 'moveLabel', name: string): LocalizedText =>
    inBothLanguages((fixed) => fixed(`enterpriseEntry.${key}`, { name, park: park?.name ?? '' }));

  const startNext = (keepParkId: string) => {
    clearDraft();
    setValues(emptyEnterpriseForm(keepParkId));
    setShown(new Set());
    setRestoredAt(null);
    focusField('creditCode');
  };

  const failure = (error: unknown) => {
    const message = error instanceof RegistryError ? error.text[language] : String(error);
    setStatus({ tone: 'error', text: t('enterpriseEntry.failed', { message }) });
  };

  const save = async () => {
    if (status?.tone === 'busy') return;
    if (moving) {
      if (alreadyHere) {
        setStatus({
          tone: 'error',
          text: t('enterpriseEntry.alreadyHere', {
            name: registered.enterprise.name,
            park: park?.name ?? '',
          }),
          enterpriseId: registered.enterprise.id,
        });
      } else {
        setStatus({ tone: 'error', text: t('enterpriseEntry.useMove') });
        moveButton.current?.focus();
      }
      return;
    }
    showAll();
    const checked = checkEnterpriseForm(values);
    if (checked.enterprise === null || checked.tenancy === null) {
      setStatus({
        tone: 'error',
        text: t('enterpriseEntry.notSaved', { count: Object.keys(checked.problems).length }),
      });
      const first = firstProblemField(checked.problems);
      if (first !== undefined) focusField(first);
      return;
    }
    const name = checked.enterprise.name;
    setStatus({ tone: 'busy', text: t('enterpriseEntry.saving') });
    try {
      const enterpriseId = await addEnterprise(
        registry,
        checked.enterprise,
        checked.tenancy,
        bilingual('createLabel', name),
      );
      setStatus({
        tone: 'done',
        text: t('enterpriseEntry.saved', { name, park: park?.name ?? '' }),
        enterpriseId,
      });
      startNext(values.parkId);
    } catch (error) {
      failure(error);
    }
  };

  const move = async () => {
    if (!moving || status?.tone === 'busy') return;
    const stay = checkStay(values);
    if (stay.tenancy === null) {
      showAll();
      setStatus({
        tone: 'error',
        text: t('enterpriseEntry.notSaved', { count: Object.keys(stay.problems).length }),
      });
      const first = firstProblemField(stay.problems);
      if (first !== undefined) focusField(first);
      return;
    }
    const { enterprise, housedIn } = registered;
    setStatus({ tone: 'busy', text: t('enterpriseEntry.saving') });
    try {
      const result = await moveEnterprise(
        registry,
        enterprise,
        stay.tenancy,
        today,
        bilingual('moveLabel', enterprise.name),
      );
      if (result.kind === 'refused') {
        setStatus({ tone: 'error', text: result.message[language] });
        focusField('movedInOn');
        return;
      }
      if (result.kind === 'already-here') {
        setStatus({
          tone: 'error',
          text: t('enterpriseEntry.alreadyHere', { name: enterprise.name, park: park?.name ?? '' }),
          enterpriseId: enterprise.id,
        });
        return;
      }
      const from =
        result.closed.length === 0
          ? ''
          : t('enterpriseEntry.movedFrom', {
              parks: housedIn.map((housed) => housed.name).join('、'),
              date: result.opened.movedInOn ?? today,
            });
      setStatus({
        tone: 'done',
        text: t('enterpriseEntry.moved', { name: enterprise.name, park: park?.name ?? '', from }),
        enterpriseId: enterprise.id,
      });
      startNext(values.parkId);
    } catch (error) {
      failure(error);
    }
  };

  const fieldOf = (target: EventTarget): EnterpriseFormField | undefined => {
    const id = target instanceof HTMLElement ? target.dataset.field : undefined;
    return enterpriseFormFields.find((field) => field === id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.altKey && event.key.toLowerCase() === 'm' && moving) {
      event.preventDefault();
      void move();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!blank) setConfirming(true);
      else onLeave?.();
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    const field = fieldOf(event.target);
    if (field === undefined) return;
    event.preventDefault();
    if (field === 'creditCode' && hint.suggestion !== undefined) {
      set('creditCode', hint.suggestion);
      return;
    }
    setShown((current) => new Set([...current, field]));
    focusNext(field);
  };

  const problemText = (problem: FieldProblem): string =>
    'text' in problem
      ? problem.text[language]
      : t(`enterpriseEntry.problem.${problem.key}`, { max: problem.values?.max ?? '' });

  const problemOf = (field: EnterpriseFormField) => {
    const problem = shown.has(field) && isEnabled(field) ? problems[field] : undefined;
    return problem === undefined ? undefined : problemText(problem);
  };

  const inputProps = (field: Exclude<EnterpriseFormField, 'digitalCulture'>) => {
    const problem = problemOf(field);
    return {
      id: `entry-${field}`,
      'data-field': field,
      type: 'text' as const,
      value: values[field],
      disabled: !isEnabled(field),
      placeholder: t(`enterpriseEntry.placeholder.${field}`),
      'aria-invalid': problem !== undefined || undefined,
      'aria-describedby': problem === undefined ? undefined : `entry-${field}-problem`,
      onChange: (event: { target: { value: string } }) => set(field, event.target.value),
      onBlur: () => {
        setShown((current) => new Set([...current, field]));
        // Show a date the way it is understood and stored: 2024/9/1 becomes 2024-09-01.
        const date = field === 'movedInOn' ? readDate(values.movedInOn) : undefined;
        if (typeof date === 'string' && date !== values.movedInOn) set('movedInOn', date);
      },
    };
  };

  const problemLine = (field: EnterpriseFormField) => {
    const problem = problemOf(field);
    return problem === undefined ? null : (
      <p className="field-problem" id={`entry-${field}-problem`}>
        {problem}
      </p>
    );
  };

  const textField = (
    field: Exclude<EnterpriseFormField, 'digitalCulture' | 'parkId' | 'subcategoryCode'>,
    className = '',
  ) => (
    <div className={`entry-field ${className}`}>
      <label htmlFor={`entry-${field}`}>{t(`enterpriseEntry.field.${field}`)}</label>
      <input {...inputProps(field)} />
      {problemLine(field)}
    </div>
  );

  const searchParks = useCallback(
    (query: string): ComboboxOption[] => {
      const key = toLookupKey(query);
      return (parks ?? [])
        .filter(
          (candidate: Park) =>
            key === '' ||
            toLookupKey(candidate.name).includes(key) ||
            candidate.aliases.some((alias) => toLookupKey(alias).includes(key)),
        )
        .map((candidate) => ({ value: candidate.id, label: candidate.name }));
    },
    [parks],
  );

  const searchIndustries = useCallback(
    (query: string): ComboboxOption[] => {
      const option = (code: CultureSubcategoryCode, via?: string): ComboboxOption => {
        const category = categoryOfSubcategory(code);
        const detail = t('enterpriseEntry.subcategoryDetail', {
          category: `${category.code} ${category.name}`,
          domain: cultureDomainLabels[category.domain][language],
        });
        return {
          value: code,
          label: `${code} ${cultureSubcategory(code).name}`,
          detail: via === undefined ? detail : t('enterpriseEntry.viaDigitalClass', { name: via }),
        };
      };
      const direct = searchSubcategories(query).map((subcategory) => option(subcategory.code));
      // People name a business by what it makes (动漫, 游戏): the 数字文化 小类 say it in those
      // words and point to the 中类 they sit under.
      const key = toLookupKey(query);
      const found = new Set(direct.map((entry) => entry.value));
      const viaClasses = digitalCultureClasses.flatMap((entry) => {
        if (key === '' || entry.likelyParent === null || found.has(entry.likelyParent)) return [];
        if (!toLookupKey(entry.name).includes(key)) return [];
        found.add(entry.likelyParent);
        return [option(entry.likelyParent, entry.name)];
      });
      return [...direct, ...viaClasses];
    },
    [t, language],
  );

  const subcategoryLabel = isCultureSubcategoryCode(values.subcategoryCode)
    ? `${values.subcategoryCode} ${cultureSubcategory(values.subcategoryCode).name}`
    : '';

  const housedNames = moving ? registered.housedIn.map((housed) => housed.name).join('、') : '';

  return (
    <form
      ref={form}
      className="enterprise-entry"
      aria-label={t('enterpriseEntry.title')}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {restoredAt !== null && (
        <div className="draft-restored" role="note">
          <span>{t('enterpriseEntry.draftRestored', { time: timeOf(restoredAt) })}</span>
          <button
            type="button"
            onClick={() => {
              startNext(initialParkId);
              setStatus({ tone: 'done', text: t('enterpriseEntry.discarded') });
            }}
          >
            {t('enterpriseEntry.discardDraft')}
          </button>
        </div>
      )}

      <div className="entry-grid">
        <div className="entry-field wide credit-code-field">
          <label htmlFor="entry-creditCode">{t('enterpriseEntry.field.creditCode')}</label>
          <input
            {...inputProps('creditCode')}
            className="mono"
            maxLength={40}
            spellCheck={false}
            aria-describedby="entry-creditCode-hint"
            aria-invalid={hint.tone === 'problem' || undefined}
          />
          <p
            className={`credit-code-hint tone-${hint.tone}`}
            id="entry-creditCode-hint"
            aria-live="polite"
          >
            {hint.message[language]}
            {hint.suggestion !== undefined && (
              <button
                type="button"
                className="suggestion"
                onClick={() => {
                  set('creditCode', hint.suggestion ?? values.creditCode);
                  focusField('creditCode');
                }}
              >
                {t('enterpriseEntry.suggestionBefore')}
                <span className="mono">
                  {Array.from(hint.suggestion, (char, index) =>
                    char === Array.from(hint.normalised)[index] ? (
                      char
                    ) : (
                      <mark key={index}>{char}</mark>
                    ),
                  )}
                </span>
                {t('enterpriseEntry.suggestionAfter')}
                <kbd>{t('enterpriseEntry.acceptSuggestion')}</kbd>
              </button>
            )}
          </p>
          {moving && (
            <div className={`registered ${alreadyHere ? 'here' : ''}`} role="status">
              <p>
                {alreadyHere
                  ? t('enterpriseEntry.existing.here', { park: park?.name ?? '' })
                  : values.parkId === ''
                    ? t('enterpriseEntry.existing.chooseParkFirst', {
                        name: registered.enterprise.name,
                        parks: housedNames,
                      })
                    : registered.housedIn.length === 0
                      ? t('enterpriseEntry.existing.nowhere', { name: registered.enterprise.name })
                      : t('enterpriseEntry.existing.elsewhere', {
                          name: registered.enterprise.name,
                          parks: housedNames,
                        })}
              </p>
              <div className="registered-actions">
                {!alreadyHere && values.parkId !== '' && (
                  <button
                    type="button"
                    className="primary"
                    ref={moveButton}
                    onClick={() => void move()}
                  >
                    {t('enterpriseEntry.existing.move')}
                    <kbd>{t('enterpriseEntry.existing.moveShortcut')}</kbd>
                  </button>
                )}
                <a href={enterpriseHref(registered.enterprise.id)}>
                  {t('enterpriseEntry.existing.open')}
                </a>
              </div>
              {!alreadyHere && values.parkId !== '' && (
                <p className="note">{t('enterpriseEntry.existing.moveDate', { today })}</p>
              )}
            </div>
          )}
        </div>

        <div className="entry-field wide">
          <label htmlFor="entry-name">{t('enterpriseEntry.field.name')}</label>
          <input
            {...inputProps('name')}
            {...(moving ? { value: registered.enterprise.name } : {})}
          />
          {problemLine('name')}
        </div>

        <div className="entry-field wide">
          <label htmlFor="entry-parkId">{t('enterpriseEntry.field.parkId')}</label>
          <Combobox
            id="entry-parkId"
            field="parkId"
            value={values.parkId}
            selectedLabel={park?.name ?? ''}
            search={searchParks}
            onChange={(parkId) => set('parkId', parkId)}
            placeholder={t('enterpriseEntry.placeholder.parkId')}
            invalid={problemOf('parkId') !== undefined}
            {...(problemOf('parkId') === undefined ? {} : { describedBy: 'entry-parkId-problem' })}
            noMatch={t('enterpriseEntry.noMatch')}
          />
          {problemLine('parkId')}
        </div>

        {textField('building')}
        {textField('room')}
        {textField('leasedAreaSqm')}
        {textField('movedInOn')}

        <div className="entry-field wide">
          <label htmlFor="entry-subcategoryCode">
            {t('enterpriseEntry.field.subcategoryCode')}
          </label>
          <Combobox
            id="entry-subcategoryCode"
            field="subcategoryCode"
            value={values.subcategoryCode}
            selectedLabel={subcategoryLabel}
            search={searchIndustries}
            onChange={(code) => set('subcategoryCode', code)}
            placeholder={t('enterpriseEntry.placeholder.subcategoryCode')}
            disabled={!isEnabled('subcategoryCode')}
            invalid={problemOf('subcategoryCode') !== undefined}
            noMatch={t('enterpriseEntry.noMatch')}
          />
          {problemLine('subcategoryCode')}
        </div>

        <div className="entry-field wide checkbox-field">
          <label>
            <input
              type="checkbox"
              data-field="digitalCulture"
              checked={values.digitalCulture}
              disabled={!isEnabled('digitalCulture')}
              onChange={(event) => set('digitalCulture', event.target.checked)}
            />
            {t('enterpriseEntry.field.digitalCulture')}
          </label>
          <span className="note">{t('enterpriseEntry.digitalCultureHint')}</span>
        </div>

        {textField('contactName')}
        {textField('contactPhone')}
      </div>

      <div className="entry-actions">
        <button type="submit" className="primary" ref={saveButton} disabled={moving}>
          {t('enterpriseEntry.save')}
          <kbd>{t('enterpriseEntry.saveShortcut')}</kbd>
        </button>
        <button type="button" onClick={() => (blank ? onLeave?.() : setConfirming(true))}>
          {t('enterpriseEntry.discard')}
          <kbd>Esc</kbd>
        </button>
        <p role="status" className={`entry-status tone-${status?.tone ?? 'none'}`}>
          {status?.text}
          {status?.enterpriseId !== undefined && (
            <>
              {' '}
              <a href={enterpriseHref(status.enterpriseId)}>{t('enterpriseEntry.existing.open')}</a>
            </>
          )}
        </p>
      </div>
      <p className="note">{t('enterpriseEntry.draftNote')}</p>

      <dialog
        ref={dialog}
        className="confirm-discard"
        aria-labelledby="confirm-discard-title"
        onCancel={(event) => {
          event.preventDefault();
          setConfirming(false);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <h2 id="confirm-discard-title">{t('enterpriseEntry.confirmTitle')}</h2>
        <p>{t('enterpriseEntry.confirmBody')}</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => {
              setConfirming(false);
              startNext(initialParkId);
              setStatus({ tone: 'done', text: t('enterpriseEntry.discarded') });
            }}
          >
            {t('enterpriseEntry.confirmDiscard')}
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              focusField('creditCode');
            }}
          >
            {t('enterpriseEntry.confirmKeep')}
          </button>
        </div>
      </dialog>
    </form>
  );
}
