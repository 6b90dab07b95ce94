/**
 * 营收填报: a park and a period, then its tenants' 1–N月 figures typed or pasted like a
 * spreadsheet. Every accepted cell is saved at once through the registry (one change set per
 * edit or paste, undoable); cells with errors stay visible and listed until corrected.
 */
import type { GridApi } from 'ag-grid-community';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ChangeSource } from '../../shared/history/change-set';
import type { Park } from '../../shared/parks/park';
import { isPeriod, periodLabel, type Period } from '../../shared/periods/period';
import { reportFigureLabels } from '../../shared/reports/report-figure-labels';
import { languageOf } from '../app/format-figure';
import { EmptyState, SectionIntro } from '../app/SectionIntro';
import { localToday } from '../dates/local-today';
import { useDistrictTotals, useParks, useRegistry, useUndoRedo } from '../db/hooks';
import { RegistryError } from '../db/registry-error';
import { inBothLanguages } from '../i18n/in-both-languages';
import { useMyParks } from '../settings/my-parks';
import { ChecksPanel, checkItems, type CheckItem } from './ChecksPanel';
import { defaultEntryPeriod, entryPeriods } from './entry-periods';
import { planReportEdits, type CellEdit, type CellRejection } from './report-edits';
import { cellKey, RevenueEntryGrid } from './RevenueEntryGrid';
import type { RevenueEntryRow } from './revenue-entry-rows';
import { reportingProgress } from './revenue-entry-rows';
import { useRevenueEntryRows } from './use-revenue-entry';
import './revenue-entry.css';

const manualEdit: ChangeSource = { kind: 'manual-edit' };

function parkOptions(parks: readonly Park[]) {
  return parks.map((park) => (
    <option key={park.id} value={park.id}>
      {park.name}
    </option>
  ));
}
const choiceKey = 'park-ledger.revenue-entry.choice';

/** The park and period last chosen, so reload and the next visit open where the work was. */
const choiceSchema = z.object({
  parkId: z.string().optional(),
  period: z.string().refine(isPeriod).optional(),
});
type Choice = z.infer<typeof choiceSchema>;

function loadChoice(): Choice {
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(localStorage.getItem(choiceKey) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

interface Status {
  readonly text: string;
  readonly tone: 'done' | 'error';
}

export function RevenueEntryPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const parks = useParks();
  const totals = useDistrictTotals();
  const undoRedo = useUndoRedo();
  const myParkIds = useMyParks();
  const [choice, setChoice] = useState<Choice>(loadChoice);
  const [rejections, setRejections] = useState<ReadonlyMap<string, CellRejection>>(new Map());
  const [status, setStatus] = useState<Status | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<RevenueEntryRow> | null>(null);
  /** Change sets made on this page: undo here offers only these, never an import or the demo. */
  const [ownChangeSets, setOwnChangeSets] = useState<ReadonlySet<number>>(new Set());

  const today = localToday();
  const withReports = useMemo(
    () => (totals ?? []).filter((row) => row.reports > 0).map((row) => row.period),
    [totals],
  );
  const periods = useMemo(() => entryPeriods(withReports, today), [withReports, today]);
  const period =
    choice.period !== undefined && periods.includes(choice.period)
      ? choice.period
      : defaultEntryPeriod(withReports, today);
  // The park last worked on, else the first the user manages (设置 → 我的园区), else the first.
  const park =
    parks?.find((candidate) => candidate.id === choice.parkId) ??
    parks?.find((candidate) => myParkIds.includes(candidate.id)) ??
    parks?.[0];
  const myParks = parks?.filter((candidate) => myParkIds.includes(candidate.id)) ?? [];
  const otherParks = parks?.filter((candidate) => !myParkIds.includes(candidate.id)) ?? [];
  const rows = useRevenueEntryRows(park?.id, period);
  const rowsById = useMemo(
    () => new Map((rows ?? []).map((row) => [row.enterpriseId, row])),
    [rows],
  );
  const items = useMemo(() => checkItems(rows ?? [], rejections), [rows, rejections]);

  const choose = (next: Choice) => {
    const merged = { ...choice, ...next };
    localStorage.setItem(choiceKey, JSON.stringify(merged));
    setChoice(merged);
    setRejections(new Map());
    setStatus(null);
  };

  /**
   * A fast typist's next cell is saved before the grid has re-read the previous save, so each
   * edit waits for the one before it and is planned over the reports as stored now, not as the
   * last render saw them (which would be refused as a concurrent change).
   */
  const editQueue = useRef<Promise<void>>(Promise.resolve());

  const withStoredReports = async (edits: readonly CellEdit[]) => {
    const fresh = new Map(rowsById);
    for (const enterpriseId of new Set(edits.map((edit) => edit.enterpriseId))) {
      const row = fresh.get(enterpriseId);
      if (row === undefined) continue;
      const report = await registry.reports.get(enterpriseId, period);
      fresh.set(enterpriseId, { ...row, report });
    }
    return fresh;
  };

  const failed = (key: 'revenueEntry.saveFailed' | 'revenueEntry.undoFailed', error: unknown) => {
    const message = error instanceof RegistryError ? error.text[language] : String(error);
    setStatus({ text: t(key, { message }), tone: 'error' });
  };

  const applyEdits = async (
    edits: readonly CellEdit[],
    kind: 'edit' | 'paste',
    outside: number,
  ) => {
    if (park === undefined) return;
    let rowsNow: ReadonlyMap<string, RevenueEntryRow>;
    try {
      rowsNow = await withStoredReports(edits);
    } catch (error) {
      failed('revenueEntry.saveFailed', error);
      return;
    }
    const plan = planReportEdits(rowsNow, period, edits);
    setRejections((current) => {
      const edited = edits.filter((edit) => current.has(cellKey(edit.enterpriseId, edit.field)));
      // The same map when nothing changes: a new one repaints every cell of the grid.
      if (edited.length === 0 && plan.rejected.length === 0) return current;
      const next = new Map(current);
      for (const edit of edited) next.delete(cellKey(edit.enterpriseId, edit.field));
      for (const rejection of plan.rejected) {
        next.set(cellKey(rejection.enterpriseId, rejection.field), rejection);
      }
      return next;
    });
    const first = edits[0];
    const firstName = first === undefined ? '' : (rowsById.get(first.enterpriseId)?.name ?? '');
    const fieldOf = (lang: 'zh' | 'en') =>
      first === undefined ? '' : reportFigureLabels[first.field][lang];
    const label =
      kind === 'edit'
        ? inBothLanguages((fixed, lang) =>
            fixed('revenueEntry.editLabel', {
              name: firstName,
              period: periodLabel(period)[lang],
              field: fieldOf(lang),
            }),
          )
        : inBothLanguages((fixed, lang) =>
            fixed('revenueEntry.pasteLabel', {
              count: plan.accepted,
              park: park.name,
              period: periodLabel(period)[lang],
            }),
          );
    const summary = (): string => {
      if (kind === 'edit') {
        const rejection = plan.rejected[0];
        if (rejection !== undefined) {
          return t('revenueEntry.notSaved', {
            name: firstName,
            field: fieldOf(language),
            message: rejection.message[language],
          });
        }
        const key = plan.saves.length === 0 ? 'revenueEntry.unchanged' : 'revenueEntry.saved';
        return t(key, { name: firstName, field: fieldOf(language) });
      }
      return [
        t('revenueEntry.pasted', { count: plan.accepted }),
        plan.rejected.length > 0
          ? t('revenueEntry.pastedRejected', { count: plan.rejected.length })
          : '',
        outside > 0 ? t('revenueEntry.pastedOutside', { count: outside }) : '',
      ]
        .filter((part) => part !== '')
        .join(language === 'zh' ? '；' : '; ');
    };
    try {
      if (plan.saves.length > 0) {
        const changeSet = registry.plan(manualEdit, label);
        for (const save of plan.saves) {
          changeSet.saveReport(save.draft, { expectedVersion: save.expectedVersion });
        }
        const committed = await registry.commit(changeSet);
        if (committed !== undefined) {
          setOwnChangeSets((current) => new Set([...current, committed.seq]));
        }
      }
      setStatus({ text: summary(), tone: plan.rejected.length > 0 ? 'error' : 'done' });
    } catch (error) {
      failed('revenueEntry.saveFailed', error);
    }
  };

  const undoTarget =
    undoRedo?.undo !== undefined && ownChangeSets.has(undoRedo.undo.seq)
      ? undoRedo.undo
      : undefined;

  const undo = async () => {
    const target = undoTarget;
    if (target === undefined) return;
    try {
      await registry.history.undo(target.seq);
      setStatus({
        text: t('revenueEntry.undone', { label: target.label[language] }),
        tone: 'done',
      });
    } catch (error) {
      failed('revenueEntry.undoFailed', error);
    }
  };

  const focusCell = (item: CheckItem) => {
    if (gridApi === null) return;
    const node = gridApi.getRowNode(item.enterpriseId);
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    gridApi.ensureIndexVisible(node.rowIndex);
    gridApi.ensureColumnVisible(item.field);
    gridApi.setFocusedCell(node.rowIndex, item.field);
  };

  const intro = (
    <SectionIntro title={t('section.revenueEntry.title')} lead={t('section.revenueEntry.lead')} />
  );
  if (parks === undefined || totals === undefined) {
    return (
      <>
        {intro}
        <p className="note">{t('revenueEntry.loading')}</p>
      </>
    );
  }
  if (park === undefined) {
    return (
      <>
        {intro}
        <EmptyState message={t('revenueEntry.noParks')}>
          <p>{t('revenueEntry.noParksAction')}</p>
        </EmptyState>
      </>
    );
  }
  const progress = reportingProgress(rows ?? []);
  const periodText = periodLabel(period)[language];

  return (
    <div className="revenue-entry">
      {intro}
      <div className="toolbar">
        <label>
          {t('revenueEntry.park')}
          <select value={park.id} onChange={(event) => choose({ parkId: event.target.value })}>
            {myParks.length === 0 ? (
              parkOptions(otherParks)
            ) : (
              <>
                <optgroup label={t('revenueEntry.myParks')}>{parkOptions(myParks)}</optgroup>
                <optgroup label={t('revenueEntry.otherParks')}>{parkOptions(otherParks)}</optgroup>
              </>
            )}
          </select>
        </label>
        <label>
          {t('revenueEntry.period')}
          <select
            value={period}
            onChange={(event) => choose({ period: event.target.value as Period })}
          >
            {periods.map((candidate) => (
              <option key={candidate} value={candidate}>
                {periodLabel(candidate)[language]}
              </option>
            ))}
          </select>
        </label>
        {rows !== undefined && (
          <div className="entry-progress">
            <div
              className="progress-track"
              role="progressbar"
              aria-label={t('revenueEntry.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.reported}
            >
              <div
                className="progress-fill"
                style={{ width: `${(100 * progress.reported) / Math.max(progress.total, 1)}%` }}
              />
            </div>
            <span>{t('revenueEntry.progress', progress)}</span>
          </div>
        )}
      </div>
      <p className="note entry-hint">{t('revenueEntry.keyboardHint')}</p>
      <div className="entry-statusbar">
        <p role="status" className={`entry-status ${status?.tone ?? ''}`}>
          {status?.text ?? ''}
        </p>
        {undoTarget !== undefined && (
          <button
            type="button"
            className="undo-button"
            title={`${undoTarget.label[language]}\n${t('revenueEntry.undoShortcut')}`}
            onClick={() => void undo()}
          >
            {t('revenueEntry.undo', { label: undoTarget.label[language] })}
          </button>
        )}
      </div>
      {rows === undefined ? (
        <p className="note">{t('revenueEntry.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState message={t('revenueEntry.noTenants', { park: park.name, period: periodText })}>
          <p>{t('section.revenueEntry.action')}</p>
        </EmptyState>
      ) : (
        <div className="entry-body">
          <RevenueEntryGrid
            rows={rows}
            period={period}
            rejections={rejections}
            onEdits={(edits, kind, outside) => {
              editQueue.current = editQueue.current.then(() => applyEdits(edits, kind, outside));
            }}
            onPasteProblem={(problem) =>
              setStatus({
                text:
                  problem === 'empty'
                    ? t('revenueEntry.pasteEmpty')
                    : t('revenueEntry.pasteNoFocus'),
                tone: 'error',
              })
            }
            onApi={setGridApi}
          />
          <ChecksPanel items={items} onChoose={focusCell} />
        </div>
      )}
    </div>
  );
}
