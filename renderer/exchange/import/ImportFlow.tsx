import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../shared/exchange/mapping/column-mapping';
import { fieldPolicies, type FieldPolicy } from '../../../shared/exchange/matching/field-policy';
import {
  plansNoWrites,
  type SheetImportPlan,
} from '../../../shared/exchange/matching/sheet-import-plan';
import { languageOf } from '../../app/format-figure';
import { useUnsavedWork } from '../../app/unsaved-work';
import { formatBytes } from '../../app/format-bytes';
import { localToday } from '../../dates/local-today';
import { useRegistry } from '../../db/hooks';
import { RegistryError } from '../../db/registry-error';
import { getPlatform } from '../../platform/platform';
import { useMenuCommand } from '../../platform/use-menu-command';
import type { OpenedFile } from '../../../shared/desktop/desktop-api';
import { commitImport } from './commit-import';
import { differingFields } from '../../../shared/exchange/matching/differing-fields';
import { FieldPolicyTable } from './FieldPolicyTable';
import { ImportComparison } from './ImportComparison';
import { ImportPreviewGrid } from './ImportPreviewGrid';
import type { ImportCommand } from './import-protocol';
import type { SessionPreview } from './import-session';
import { ImportCancelled, ImportWorkerClient } from './import-worker-client';
import { rememberMapping, rememberedMappings } from './mapping-memory';
import { requestPlans, requestRead, sheetsToCommit } from './import-requests';
import { SheetMapping } from './SheetMapping';
import './import.css';

const workbookFilters = [
  { name: 'Excel / WPS / LibreOffice', extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt'] },
];

type BusyWhat = 'reading' | 'checking' | 'planning' | 'committing';

type Status =
  | { readonly kind: 'info' | 'success'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

interface Loaded {
  readonly fileName: string;
  readonly contentHash: string;
  readonly preview: SessionPreview;
}

/** The whole import: choose a file, check and fix it per sheet, compare, commit one change set. */
export function ImportFlow() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const registry = useRegistry();
  const client = useRef<ImportWorkerClient | null>(null);
  const [busy, setBusy] = useState<{ what: BusyWhat; done: number; total: number } | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useUnsavedWork('import', loaded !== null);
  const [activeSheet, setActiveSheet] = useState(0);
  const [policy, setPolicy] = useState<FieldPolicy>('overwrite');
  const [policyByField, setPolicyByField] = useState<Readonly<Record<string, FieldPolicy>>>({});
  const [confirmed, setConfirmed] = useState<Record<number, number[]>>({});
  const [plans, setPlans] = useState<readonly SheetImportPlan[] | null>(null);
  const [mappings, setMappings] = useState<Readonly<Record<number, ColumnMapping>>>({});
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    const worker = new ImportWorkerClient(registry.db.name);
    void worker.warmUp();
    client.current = worker;
    return () => {
      worker.dispose();
    };
  }, [registry]);

  const worker = (): ImportWorkerClient => {
    client.current ??= new ImportWorkerClient(registry.db.name);
    return client.current;
  };

  const failed = (error: unknown) => {
    if (error instanceof ImportCancelled) {
      setStatus({ kind: 'info', text: t('exchangeImport.cancelled') });
      return;
    }
    const message =
      error instanceof RegistryError
        ? error.text[language]
        : error instanceof Error
          ? error.message
          : String(error);
    setStatus({ kind: 'error', text: t('exchangeImport.failed', { message }) });
  };

  /** Sends a change to the worker; the preview it answers with replaces the shown one. */
  const update = async (command: ImportCommand) => {
    if (loaded === null) return;
    setBusy({ what: 'checking', done: 0, total: 0 });
    setPlans(null);
    try {
      const reply = await worker().request(command);
      if (reply.kind === 'preview') setLoaded({ ...loaded, preview: reply.preview });
      else if (reply.kind === 'failed') failed(new Error(reply.message));
    } catch (error) {
      failed(error);
      if (error instanceof ImportCancelled) setLoaded(null);
    } finally {
      setBusy(null);
    }
  };

  const read = async (file: OpenedFile) => {
    setLoaded(null);
    setPlans(null);
    setConfirmed({});
    setPolicyByField({});
    setActiveSheet(0);
    setStatus(null);
    setBusy({ what: 'reading', done: 0, total: 0 });
    try {
      const { reply, contentHash } = await requestRead(
        worker(),
        file,
        rememberedMappings(),
        (done, total) => {
          setBusy({ what: 'reading', done, total });
        },
      );
      if (reply.kind === 'preview') {
        setLoaded({ fileName: file.name, contentHash, preview: reply.preview });
        const first = reply.preview.sheets.findIndex((sheet) => !sheet.skipped);
        setActiveSheet(Math.max(0, first));
        setStatus({
          kind: 'info',
          text: t('exchangeImport.read', {
            name: file.name,
            size: formatBytes(t, file.bytes.byteLength),
            sheets: reply.preview.sheets.length,
            rows: reply.preview.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0),
          }),
        });
      } else if (reply.kind === 'unreadable') {
        setStatus({
          kind: 'error',
          text: t('exchangeImport.unreadable', {
            name: file.name,
            size: formatBytes(t, file.bytes.byteLength),
            message: reply.error.message[language],
          }),
        });
      } else if (reply.kind === 'failed') {
        failed(new Error(reply.message));
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const choose = async () => {
    try {
      const file = await getPlatform().openFile({ filters: workbookFilters });
      if (file === null) setStatus({ kind: 'info', text: t('exchangeImport.notPicked') });
      else await read(file);
    } catch (error) {
      failed(error);
    }
  };

  useMenuCommand('import', () => void choose());
  useMenuCommand('openWorkbook', (command) => void read(command.file));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        void choose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  });

  const compare = async (confirmedRows = confirmed, byField = policyByField) => {
    if (loaded === null) return;
    setBusy({ what: 'planning', done: 0, total: 0 });
    setStatus(null);
    try {
      const reply = await requestPlans(worker(), registry, loaded.preview, {
        policy: { global: policy, byField },
        confirmedRows,
        today: localToday(),
      });
      if (reply.kind === 'plans') {
        setPlans(reply.plans);
        setMappings(reply.mappings);
        if (plansNoWrites(reply.plans)) {
          setStatus({ kind: 'info', text: t('exchangeImport.summary.noChanges') });
        }
      } else if (reply.kind === 'failed') {
        failed(new Error(reply.message));
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (loaded === null || plans === null) return;
    setBusy({ what: 'committing', done: 0, total: 0 });
    try {
      const sheets = sheetsToCommit(loaded.preview, mappings);
      const outcome = await commitImport(
        registry,
        { fileName: loaded.fileName, contentHash: loaded.contentHash, plans, sheets },
        (progress) => {
          setBusy({ what: 'committing', done: progress.done, total: progress.total });
        },
      );
      for (const sheet of loaded.preview.sheets) {
        const mapping = mappings[sheet.sheetIndex];
        if (!sheet.skipped && mapping !== undefined)
          rememberMapping(sheet.layoutSignature, mapping);
      }
      if (outcome.kind === 'no-changes') {
        setStatus({ kind: 'info', text: t('exchangeImport.noChanges', { name: loaded.fileName }) });
      } else {
        let created = 0;
        let updated = 0;
        for (const counts of Object.values(outcome.changeSet.counts)) {
          created += counts.created;
          updated += counts.updated;
        }
        setStatus({
          kind: 'success',
          text: t('exchangeImport.committed', { name: loaded.fileName, created, updated }),
        });
        setLoaded(null);
        setPlans(null);
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    worker().cancel();
    setBusy(null);
  };

  const sheet = loaded?.preview.sheets[activeSheet];

  return (
    <section className="import-flow" aria-label={t('exchangeImport.heading')}>
      <div className="import-toolbar">
        <h2>{t('exchangeImport.heading')}</h2>
        <button
          type="button"
          className={loaded === null ? 'primary' : ''}
          disabled={busy !== null}
          onClick={() => void choose()}
        >
          {loaded === null ? t('exchangeImport.choose') : t('exchangeImport.chooseAnother')}
        </button>
        {loaded !== null && (
          <span className="import-file">
            {t('exchangeImport.file', {
              name: loaded.fileName,
              sheets: loaded.preview.sheets.length,
            })}
          </span>
        )}
      </div>
      {loaded === null && busy === null && (
        <p className="import-hint">{t('exchangeImport.chooseHint')}</p>
      )}

      {busy !== null && (
        <div
          className="import-busy"
          role="progressbar"
          aria-label={t(`exchangeImport.busy.${busy.what}`)}
        >
          <span>{t(`exchangeImport.busy.${busy.what}`)}</span>
          <progress {...(busy.total > 0 ? { value: busy.done, max: busy.total } : {})} />
          {busy.total > 0 && (
            <span>{t('exchangeImport.progress', { done: busy.done, total: busy.total })}</span>
          )}
          {busy.what !== 'committing' && (
            <button type="button" onClick={cancel}>
              {t('exchangeImport.cancel')}
            </button>
          )}
        </div>
      )}

      {status !== null && (
        <p className={`outcome ${status.kind}`} role="status">
          {status.text}
        </p>
      )}

      {loaded !== null && (
        <>
          {loaded.preview.notices.map((notice) => (
            <p key={notice.zh} className="import-notice">
              {notice[language]}
            </p>
          ))}
          <div className="import-sheet-tabs" role="tablist">
            {loaded.preview.sheets.map((candidate) => (
              <button
                key={candidate.sheetIndex}
                type="button"
                role="tab"
                aria-selected={candidate.sheetIndex === activeSheet}
                className={candidate.skipped ? 'skipped' : ''}
                onClick={() => {
                  setActiveSheet(candidate.sheetIndex);
                }}
              >
                {t('exchangeImport.sheetTab', {
                  name: candidate.name,
                  rows: candidate.rows.length,
                })}
              </button>
            ))}
          </div>
          {sheet !== undefined && (
            <div className="import-sheet" role="tabpanel" aria-label={sheet.name}>
              <label className="import-skip">
                <input
                  type="checkbox"
                  checked={sheet.skipped}
                  onChange={(event) =>
                    void update({
                      kind: 'skip',
                      sheetIndex: sheet.sheetIndex,
                      skipped: event.target.checked,
                    })
                  }
                />
                {t('exchangeImport.sheetSkipped')}
              </label>
              {/* A sheet left out says why (no header found, hidden) so the user can take it back in. */}
              {[...sheet.notices, ...sheet.sheetIssues.map((issue) => issue.message)].map(
                (notice) => (
                  <p key={notice.zh} className="import-notice">
                    {notice[language]}
                  </p>
                ),
              )}
              {!sheet.skipped && (
                <>
                  <SheetMapping
                    sheet={sheet}
                    onMapping={(mapping) =>
                      void update({ kind: 'map', sheetIndex: sheet.sheetIndex, mapping })
                    }
                  />
                  <p className="import-counts-line" data-testid="import-counts">
                    {t('exchangeImport.counts', {
                      rows: sheet.counts.rows + sheet.counts.excluded,
                      valid: sheet.counts.valid,
                      invalid: sheet.counts.invalid,
                      warnings: sheet.counts.withWarnings,
                      excluded: sheet.counts.excluded,
                    })}
                    {sheet.skippedRows.length > 0 &&
                      ` · ${t('exchangeImport.skippedRows', { count: sheet.skippedRows.length })}`}
                  </p>
                  <p className="import-hint">{t('exchangeImport.grid.editHint')}</p>
                  <ImportPreviewGrid
                    sheet={sheet}
                    onEdit={(rowNumber, columnIndex, text) =>
                      void update({
                        kind: 'edit',
                        sheetIndex: sheet.sheetIndex,
                        rowNumber,
                        columnIndex,
                        text,
                      })
                    }
                    onExclude={(rowNumber, excluded) =>
                      void update({
                        kind: 'exclude',
                        sheetIndex: sheet.sheetIndex,
                        rowNumbers: [rowNumber],
                        excluded,
                      })
                    }
                  />
                  <IssueList sheet={sheet} />
                </>
              )}
            </div>
          )}
          <div className="import-actions">
            <label>
              {t('exchangeImport.policy.label')}
              <select
                value={policy}
                onChange={(event) => {
                  setPolicy(event.target.value as FieldPolicy);
                  setPlans(null);
                }}
              >
                {fieldPolicies.map((option) => (
                  <option key={option} value={option}>
                    {t(`exchangeImport.policy.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={busy !== null} onClick={() => void compare()}>
              {t('exchangeImport.compare')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy !== null || plans === null || plansNoWrites(plans)}
              onClick={() => void commit()}
            >
              {t('exchangeImport.commit')}
            </button>
          </div>
          {plans !== null && (
            <FieldPolicyTable
              fields={differingFields(plans)}
              byField={policyByField}
              disabled={busy !== null}
              onPolicy={(key, fieldPolicy) => {
                const others = Object.entries(policyByField).filter(([other]) => other !== key);
                const next = Object.fromEntries(
                  fieldPolicy === undefined ? others : [...others, [key, fieldPolicy]],
                );
                setPolicyByField(next);
                void compare(confirmed, next);
              }}
            />
          )}
          {plans !== null && (
            <ImportComparison
              plans={plans}
              onConfirm={(sheetName, rowNumbers) => {
                const sheetIndex =
                  loaded.preview.sheets.find((candidate) => candidate.name === sheetName)
                    ?.sheetIndex ?? 0;
                const next = {
                  ...confirmed,
                  [sheetIndex]: [...(confirmed[sheetIndex] ?? []), ...rowNumbers],
                };
                setConfirmed(next);
                void compare(next);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Every problem of the sheet as a line to read, errors first. */
function IssueList({ sheet }: { sheet: SessionPreview['sheets'][number] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const issues = sheet.rows
    .filter((row) => !row.excluded)
    .flatMap((row) => row.issues)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const limit = 100;
  return (
    <div className="import-issues">
      <h3>{t('exchangeImport.issues.title')}</h3>
      {issues.length === 0 ? (
        <p className="import-hint">{t('exchangeImport.issues.none')}</p>
      ) : (
        <ul>
          {issues.slice(0, limit).map((issue, index) => (
            <li
              key={`${String(issue.rowNumber)}-${issue.columnLetter}-${String(index)}`}
              className={issue.severity}
            >
              <span className="severity">{t(`exchangeImport.issues.${issue.severity}`)}</span>
              {issue.message[language]}
            </li>
          ))}
          {issues.length > limit && (
            <li>{t('exchangeImport.issues.more', { count: issues.length - limit })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
