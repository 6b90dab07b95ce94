/**
 * 汇总各园区的交换表: the district office picks many parks' workbooks at once; they are read and
 * consolidated in a worker by the CLI's own code (`npm run cli -- merge`), each row keeping its
 * file and row. What needs a decision (an enterprise reported by two parks, a figure reported
 * twice with different values) is listed here and on the consolidated workbook's 待核实 sheet,
 * which the office saves and then imports through 导入工作簿.
 */
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importEntityLabels } from '../../../shared/exchange/mapping/import-entity';
import { importField } from '../../../shared/exchange/mapping/import-fields';
import type { MergeReport, MergeSource } from '../../../shared/exchange/report/merge-report';
import { shownValue } from '../../../shared/exchange/report/shown-value';
import { languageOf } from '../../app/format-figure';
import { localToday } from '../../dates/local-today';
import { getPlatform } from '../../platform/platform';
import type { ConsolidateRequest, ConsolidateResponse } from './consolidate.worker';
import './consolidation.css';

/** Kept as what happened, not as text, so that it follows a change of language. */
type Status =
  | { readonly message: 'working' | 'done'; readonly count: number }
  | {
      readonly message: 'doneWithIssues';
      readonly count: number;
      readonly duplicates: number;
      readonly disagreements: number;
    }
  | { readonly message: 'failed'; readonly error: string }
  | { readonly message: 'unreadable' }
  | { readonly message: 'saved'; readonly name: string };

const statusKinds: Readonly<Record<Status['message'], 'working' | 'success' | 'info' | 'error'>> = {
  working: 'working',
  done: 'success',
  saved: 'success',
  doneWithIssues: 'info',
  failed: 'error',
  unreadable: 'error',
};

function statusText(t: TFunction, status: Status): string {
  switch (status.message) {
    case 'working':
      return t('exchangeConsolidation.working', { count: status.count });
    case 'done':
      return t('exchangeConsolidation.done', { count: status.count });
    case 'doneWithIssues':
      return t('exchangeConsolidation.doneWithIssues', {
        count: status.count,
        duplicates: status.duplicates,
        disagreements: status.disagreements,
      });
    case 'failed':
      return t('exchangeConsolidation.failed', { message: status.error });
    case 'unreadable':
      return t('exchangeConsolidation.unreadable');
    case 'saved':
      return t('exchangeConsolidation.saved', { name: status.name });
  }
}

interface Consolidated {
  readonly report: MergeReport;
  /** The consolidated workbook; null when a file could not be read. */
  readonly bytes: Uint8Array | null;
}

const workbookFilters = [{ name: 'Excel 工作簿 (.xlsx)', extensions: ['xlsx'] }];

function consolidateInWorker(request: ConsolidateRequest): Promise<ConsolidateResponse> {
  const worker = new Worker(new URL('./consolidate.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ConsolidateResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, message: event.message });
    };
    worker.postMessage(
      request,
      request.files.map((file) => file.bytes.buffer),
    );
  });
}

export function ConsolidationPanel() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const picker = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [consolidated, setConsolidated] = useState<Consolidated | null>(null);

  const consolidate = async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    setConsolidated(null);
    setStatus({ message: 'working', count: chosen.length });
    const files = await Promise.all(
      chosen.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    const response = await consolidateInWorker({
      files,
      currentYear: Number(localToday().slice(0, 4)),
    });
    if (!response.ok) {
      setStatus({ message: 'failed', error: response.message });
      return;
    }
    const { report } = response;
    setConsolidated({ report, bytes: response.bytes });
    if (response.bytes === null) {
      setStatus({ message: 'unreadable' });
    } else if (report.ok) {
      setStatus({ message: 'done', count: files.length });
    } else {
      setStatus({
        message: 'doneWithIssues',
        count: files.length,
        duplicates: report.duplicates.length,
        disagreements: report.disagreements.length,
      });
    }
  };

  const save = async (bytes: Uint8Array) => {
    const saved = await getPlatform().saveFile({
      suggestedName: `${t('exchangeConsolidation.fileName')}-${localToday()}.xlsx`,
      bytes,
      title: t('exchangeConsolidation.saveTitle'),
      filters: workbookFilters,
    });
    if (saved !== null) {
      setStatus({ message: 'saved', name: saved.savedAs });
    }
  };

  const savable = consolidated?.bytes ?? null;
  const colon = language === 'zh' ? '：' : ': ';
  const separator = language === 'zh' ? '；' : '; ';
  const place = (source: MergeSource) =>
    t('exchangeConsolidation.place', { file: source.file, sheet: source.sheet, row: source.row });

  return (
    <section className="card" aria-labelledby="consolidation-title">
      <h2 id="consolidation-title">{t('exchangeConsolidation.title')}</h2>
      <p className="card-lead">{t('exchangeConsolidation.lead')}</p>
      <div className="card-actions">
        <button
          type="button"
          disabled={status?.message === 'working'}
          onClick={() => picker.current?.click()}
        >
          {t('exchangeConsolidation.choose')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          accept=".xlsx,.xlsm,.xls,.ods,.csv"
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            event.target.value = '';
            void consolidate(chosen);
          }}
        />
        {savable !== null && (
          <button type="button" className="primary" onClick={() => void save(savable)}>
            {t('exchangeConsolidation.save')}
          </button>
        )}
      </div>
      {status !== null && (
        <p role="status" className={`card-status card-status-${statusKinds[status.message]}`}>
          {statusText(t, status)}
        </p>
      )}
      {consolidated !== null && (
        <>
          <table className="consolidation-files" aria-label={t('exchangeConsolidation.files')}>
            <thead>
              <tr>
                <th scope="col">{t('exchangeConsolidation.file')}</th>
                <th scope="col">{t('exchangeConsolidation.sheets')}</th>
              </tr>
            </thead>
            <tbody>
              {consolidated.report.files.map((file) => (
                <tr
                  key={file.file}
                  className={file.error === undefined ? '' : 'consolidation-unreadable'}
                >
                  <th scope="row">{file.file}</th>
                  <td>
                    {file.error !== undefined
                      ? file.error.message
                      : file.sheets.length === 0
                        ? t('exchangeConsolidation.noSheets')
                        : file.sheets
                            .map(
                              (sheet) =>
                                t(
                                  // A sheet named for its kind is not named twice.
                                  sheet.name === importEntityLabels[sheet.entity][language]
                                    ? 'exchangeConsolidation.sheetOfItsKind'
                                    : 'exchangeConsolidation.sheet',
                                  {
                                    name: sheet.name,
                                    entity: importEntityLabels[sheet.entity][language],
                                    rows: sheet.rows,
                                  },
                                ) +
                                (sheet.unreadableCells === 0
                                  ? ''
                                  : t('exchangeConsolidation.unreadableCells', {
                                      count: sheet.unreadableCells,
                                    })),
                            )
                            .join(separator)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {consolidated.bytes !== null && (
            <p>
              {t('exchangeConsolidation.merged')}
              {colon}
              {consolidated.report.sheets
                .map((sheet) =>
                  t('exchangeConsolidation.mergedCount', {
                    entity: importEntityLabels[sheet.entity][language],
                    count: sheet.records,
                  }),
                )
                .join(language === 'zh' ? '，' : ', ')}
            </p>
          )}
          {consolidated.report.duplicates.length > 0 && (
            <>
              <h3>
                {t('exchangeConsolidation.duplicates', {
                  count: consolidated.report.duplicates.length,
                })}
              </h3>
              <ul className="consolidation-decisions">
                {consolidated.report.duplicates.map((duplicate) => (
                  <li key={`${duplicate.entity}:${duplicate.key}`}>
                    <strong>
                      {t('exchangeConsolidation.duplicate', {
                        entity: importEntityLabels[duplicate.entity][language],
                        key: duplicate.key,
                      })}
                    </strong>
                    {colon}
                    {duplicate.sources.map(place).join(separator)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {consolidated.report.disagreements.length > 0 && (
            <>
              <h3>
                {t('exchangeConsolidation.disagreements', {
                  count: consolidated.report.disagreements.length,
                })}
              </h3>
              <ul className="consolidation-decisions">
                {consolidated.report.disagreements.map((disagreement) => (
                  <li key={`${disagreement.entity}:${disagreement.key}:${disagreement.field}`}>
                    <strong>
                      {t('exchangeConsolidation.disagreement', {
                        entity: importEntityLabels[disagreement.entity][language],
                        key: disagreement.key,
                        field: importField(disagreement.field).label[language],
                      })}
                    </strong>
                    {colon}
                    {disagreement.reports
                      .map((report) =>
                        t('exchangeConsolidation.valueAt', {
                          place: place(report),
                          value: shownValue(disagreement.field, report.value),
                        }),
                      )
                      .join(separator)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {consolidated.bytes !== null && consolidated.report.ok && (
            <p className="note">{t('exchangeConsolidation.none')}</p>
          )}
        </>
      )}
    </section>
  );
}
