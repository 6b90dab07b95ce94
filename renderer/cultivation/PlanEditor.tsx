import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  milestoneStatuses,
  milestoneStatusLabels,
  revenueBaseLabels,
  revenueBases,
  type CultivationPlan,
  type MilestoneStatus,
  type RevenueBase,
} from '../../shared/cultivation/cultivation-plan';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { Park } from '../../shared/parks/park';
import { languageOf } from '../app/format-figure';
import { useRegistry } from '../db/hooks';
import { toRegistryError } from '../db/registry-error';
import { inBothLanguages } from '../i18n/in-both-languages';
import {
  changesNothing,
  planFields,
  readPlanFields,
  type FieldErrors,
  type MilestoneFields,
  type PlanFields,
} from './plan-form';

export type EditorTarget =
  | { readonly kind: 'edit'; readonly plan: CultivationPlan }
  | { readonly kind: 'new'; readonly parkId: string };

function Field({
  id,
  label,
  error,
  hint,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
  /** Spans the form's width. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`form-field ${wide ? 'wide' : ''} ${error === undefined ? '' : 'has-error'}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The plan editor, in a modal dialog: target, years, baseline, the revenue base with its note
 * (always recorded: public claims use different bases), milestones. Problems show beside their
 * fields; a valid plan is saved as one change set and the board follows.
 */
export function PlanEditor({
  target,
  parks,
  plannedParkIds,
  today,
  onDone,
  onClose,
}: {
  target: EditorTarget;
  parks: readonly Park[];
  plannedParkIds: ReadonlySet<string>;
  today: IsoDate;
  /** Called with what to tell the user after a save (or a save that changed nothing). */
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const dialog = useRef<HTMLDialogElement>(null);
  const idPrefix = useId();
  const original = target.kind === 'edit' ? target.plan : undefined;
  const [fields, setFields] = useState<PlanFields>(() =>
    planFields(original, target.kind === 'new' ? target.parkId : undefined),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  // A milestone just added is typed into at once.
  const addedMilestone = useRef(false);
  useEffect(() => {
    if (!addedMilestone.current) return;
    addedMilestone.current = false;
    dialog.current
      ?.querySelector<HTMLInputElement>('.milestone-editor tbody tr:last-child input')
      ?.focus();
  }, [fields.milestones.length]);

  const parkName = (parkId: string) => parks.find((park) => park.id === parkId)?.name ?? parkId;
  const id = (field: string) => `${idPrefix}-${field}`;
  const errorOf = (field: string) => errors[field]?.[language];
  const describedBy = (field: string, hint = false) =>
    [hint ? `${id(field)}-hint` : '', errorOf(field) === undefined ? '' : `${id(field)}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  const inputProps = (field: keyof PlanFields, hint = false) => ({
    id: id(field),
    'aria-invalid': errorOf(field) !== undefined,
    'aria-describedby': describedBy(field, hint),
  });
  const set = (changes: Partial<PlanFields>) =>
    setFields((current) => ({ ...current, ...changes }));
  const setMilestone = (index: number, changes: Partial<MilestoneFields>) =>
    setFields((current) => ({
      ...current,
      milestones: current.milestones.map((milestone, i) =>
        i === index ? { ...milestone, ...changes } : milestone,
      ),
    }));

  const save = async () => {
    const result = readPlanFields(fields, today, original);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(t('cultivation.editor.invalid', { count: Object.keys(result.errors).length }));
      return;
    }
    setErrors({});
    setFailure(undefined);
    const park = parkName(result.draft.parkId);
    if (original !== undefined && changesNothing(original, result.draft)) {
      onDone(t('cultivation.editor.unchanged'));
      return;
    }
    setSaving(true);
    try {
      await registry.cultivationPlans.save(result.draft, {
        ...(original === undefined ? {} : { expectedVersion: original.version }),
        label: inBothLanguages((fixed) =>
          original === undefined
            ? fixed('cultivation.change.created', { park })
            : fixed('cultivation.change.edited', { park }),
        ),
      });
      onDone(t('cultivation.editor.saved', { park }));
    } catch (error) {
      setFailure(
        t('cultivation.editor.saveFailed', { message: toRegistryError(error).text[language] }),
      );
      setSaving(false);
    }
  };

  const title =
    original === undefined
      ? t('cultivation.editor.titleNew')
      : t('cultivation.editor.titleEdit', { park: parkName(original.parkId) });

  return (
    <dialog
      ref={dialog}
      className="plan-editor"
      aria-labelledby={id('title')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={id('title')}>{title}</h2>

        <div className="form-grid">
          <Field id={id('parkId')} label={t('cultivation.editor.park')} error={errorOf('parkId')}>
            <select
              {...inputProps('parkId')}
              value={fields.parkId}
              disabled={original !== undefined}
              onChange={(event) => set({ parkId: event.target.value })}
            >
              <option value="">{t('cultivation.editor.parkPlaceholder')}</option>
              {parks.map((park) => (
                <option
                  key={park.id}
                  value={park.id}
                  disabled={original === undefined && plannedParkIds.has(park.id)}
                >
                  {park.name}
                  {original === undefined && plannedParkIds.has(park.id)
                    ? ` ${t('cultivation.editor.parkHasPlan')}`
                    : ''}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={id('targetYi')}
            label={t('cultivation.editor.targetYi')}
            error={errorOf('targetYi')}
          >
            <input
              {...inputProps('targetYi')}
              inputMode="decimal"
              value={fields.targetYi}
              onChange={(event) => set({ targetYi: event.target.value })}
            />
          </Field>
          <Field
            id={id('targetYear')}
            label={t('cultivation.editor.targetYear')}
            error={errorOf('targetYear')}
          >
            <input
              {...inputProps('targetYear')}
              inputMode="numeric"
              value={fields.targetYear}
              onChange={(event) => set({ targetYear: event.target.value })}
            />
          </Field>
          <Field
            id={id('baselineYear')}
            label={t('cultivation.editor.baselineYear')}
            error={errorOf('baselineYear')}
          >
            <input
              {...inputProps('baselineYear')}
              inputMode="numeric"
              value={fields.baselineYear}
              onChange={(event) => set({ baselineYear: event.target.value })}
            />
          </Field>
          <Field
            id={id('baselineYi')}
            label={t('cultivation.editor.baselineYi')}
            error={errorOf('baselineYi')}
          >
            <input
              {...inputProps('baselineYi')}
              inputMode="decimal"
              value={fields.baselineYi}
              onChange={(event) => set({ baselineYi: event.target.value })}
            />
          </Field>
          <Field
            id={id('revenueBase')}
            label={t('cultivation.editor.revenueBase')}
            error={errorOf('revenueBase')}
            hint={t('cultivation.editor.revenueBaseHint')}
          >
            <select
              {...inputProps('revenueBase', true)}
              value={fields.revenueBase}
              onChange={(event) => set({ revenueBase: event.target.value as RevenueBase })}
            >
              {revenueBases.map((base) => (
                <option key={base} value={base}>
                  {revenueBaseLabels[base][language]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={id('revenueBaseNote')}
            label={t('cultivation.editor.revenueBaseNote')}
            error={errorOf('revenueBaseNote')}
            wide
          >
            <input
              {...inputProps('revenueBaseNote')}
              value={fields.revenueBaseNote}
              onChange={(event) => set({ revenueBaseNote: event.target.value })}
            />
          </Field>
        </div>

        <fieldset className="milestone-editor">
          <legend>{t('cultivation.editor.milestones')}</legend>
          {fields.milestones.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th>{t('cultivation.editor.milestoneTitle')}</th>
                  <th>{t('cultivation.editor.milestoneDue')}</th>
                  <th>{t('cultivation.editor.milestoneStatus')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {fields.milestones.map((milestone, index) => {
                  const titleError = errorOf(`milestones.${index}.title`);
                  const dueError = errorOf(`milestones.${index}.dueOn`);
                  return (
                    <tr key={milestone.id}>
                      <td>
                        <input
                          aria-label={`${t('cultivation.editor.milestoneTitle')} ${index + 1}`}
                          aria-invalid={titleError !== undefined}
                          value={milestone.title}
                          onChange={(event) => setMilestone(index, { title: event.target.value })}
                        />
                        {titleError !== undefined && (
                          <p className="field-error" role="alert">
                            {titleError}
                          </p>
                        )}
                      </td>
                      <td>
                        <input
                          type="date"
                          aria-label={`${t('cultivation.editor.milestoneDue')} ${index + 1}`}
                          aria-invalid={dueError !== undefined}
                          value={milestone.dueOn}
                          onChange={(event) => setMilestone(index, { dueOn: event.target.value })}
                        />
                        {dueError !== undefined && (
                          <p className="field-error" role="alert">
                            {dueError}
                          </p>
                        )}
                      </td>
                      <td>
                        <select
                          aria-label={`${t('cultivation.editor.milestoneStatus')} ${index + 1}`}
                          value={milestone.status}
                          onChange={(event) =>
                            setMilestone(index, { status: event.target.value as MilestoneStatus })
                          }
                        >
                          {milestoneStatuses.map((status) => (
                            <option key={status} value={status}>
                              {milestoneStatusLabels[status][language]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={t('cultivation.editor.removeMilestone', {
                            title: milestone.title || String(index + 1),
                          })}
                          onClick={() =>
                            set({ milestones: fields.milestones.filter((_, i) => i !== index) })
                          }
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <button
            type="button"
            onClick={() => {
              addedMilestone.current = true;
              set({
                milestones: [
                  ...fields.milestones,
                  { id: crypto.randomUUID(), title: '', dueOn: '', status: 'planned' },
                ],
              });
            }}
          >
            {t('cultivation.editor.addMilestone')}
          </button>
        </fieldset>

        {failure !== undefined && (
          <p className="outcome error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('cultivation.editor.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('cultivation.editor.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
