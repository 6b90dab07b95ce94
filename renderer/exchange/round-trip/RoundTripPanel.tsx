/**
 * 核对退回的交换表: a workbook we exported, edited elsewhere and sent back, compared cell by cell
 * with the export's baseline and the registry now. Conflicts are decided per row or for all at
 * once; 应用 writes the taken values and the rows added there, of every sheet, through the
 * import's own plan and commit as one undoable import; what cannot be written is listed with
 * its reason. Rows deleted there are only listed.
 * The file is read in the main thread: the import worker's protocol answers with an import
 * preview, not the parsed workbook the comparison needs.
 */
import type { ColDef, ICellRendererParams, ValueGetterParams } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importField } from '../../../shared/exchange/mapping/import-fields';
import { shownValue } from '../../../shared/exchange/report/shown-value';
import {
  compareWithRegistry,
  type RegistryComparison,
} from '../../../shared/exchange/round-trip/compare-with-registry';
import {
  cellKey,
  planRoundTrip,
  type Side,
} from '../../../shared/exchange/round-trip/round-trip-plan';
import { readWorkbook, type ParsedWorkbook } from '../../../shared/exchange/workbook/read-workbook';
import {
  aboveScaleYearOf,
  recordsInScope,
} from '../../../shared/exchange/exchange-format/exchange-records';
import type { ExistingRecords } from '../../../shared/exchange/matching/sheet-import-plan';
import {
  planRoundTripImport,
  type NotApplied,
} from '../../../shared/exchange/round-trip/round-trip-import';
import { localToday } from '../../dates/local-today';
import { localized } from '../../../shared/text/localized-text';
import { useCultivationPlans } from '../../db/hooks';
import { getRegistry } from '../../db/registry';
import { RegistryError } from '../../db/registry-error';
import { DataGrid } from '../../grid/DataGrid';
import { getPlatform } from '../../platform/platform';
import { useRegistryView } from '../../registry-view/use-registry-view';
import { comparisonSummary, differenceRows, type DifferenceRow } from './difference-rows';
import { commitImport } from '../import/commit-import';
import { existingRecordsOf } from '../import/import-protocol';
import { readStoredForImport } from '../import/stored-for-import';
import { contentHashOf } from '../content-hash';
import './round-trip.css';

const workbookFilters = [
  { name: 'Excel / WPS / LibreOffice', extensions: ['xlsx', 'xlsm', 'ods'] },
];

type Status =
  | { readonly kind: 'info' | 'success' | 'working'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

interface Compared {
  readonly fileName: string;
  readonly contentHash: string;
  readonly workbook: ParsedWorkbook;
  readonly comparison: Extract<RegistryComparison, { ok: true }>;
  /** The registry as the returned rows are planned against, read once the file is compared. */
  readonly existing: ExistingRecords;
  /** The year the 企业 sheet's 规上 column speaks of, as the export chose it. */
  readonly aboveScaleYear: number;
}

export function RoundTripPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const view = useRegistryView();
  const plans = useCultivationPlans();
  const [compared, setCompared] = useState<Compared | null>(null);
  const [byCell, setByCell] = useState<ReadonlyMap<string, Side>>(new Map());
  const [all, setAll] = useState<Side | undefined>(undefined);
  const [status, setStatus] = useState<Status | null>(null);

  const sheets = useMemo(() => compared?.comparison.sheets ?? [], [compared]);
  const summary = useMemo(() => comparisonSummary(sheets), [sheets]);
  const rows = useMemo(() => differenceRows(sheets), [sheets]);
  const sheetPlans = useMemo(
    () =>
      sheets.map((sheet) => ({
        sheetName: sheet.name,
        entity: sheet.entity,
        plan: planRoundTrip(sheet.comparisons, { byCell, ...(all === undefined ? {} : { all }) }),
      })),
    [sheets, byCell, all],
  );
  const unresolved = sheetPlans.reduce((sum, { plan }) => sum + plan.unresolved.length, 0);
  const review = sheetPlans.flatMap(({ sheetName, plan }) =>
    plan.review.map((item) => ({ sheetName, item })),
  );
  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const park of view?.records.parks ?? []) byId.set(park.id, park.name);
    for (const enterprise of view?.records.enterprises ?? [])
      byId.set(enterprise.id, enterprise.name);
    return byId;
  }, [view]);
  const imported = useMemo(
    () =>
      compared === null
        ? { plans: [], notApplied: [] }
        : planRoundTripImport(
            compared.workbook,
            sheets.map((diff, index) => ({
              diff,
              plan: sheetPlans[index]?.plan ?? { changes: [] },
            })),
            compared.existing,
            {
              today: localToday(),
              newId: () => crypto.randomUUID(),
              year: compared.aboveScaleYear,
            },
          ),
    [compared, sheets, sheetPlans],
  );
  const writeCount = imported.plans.reduce((sum, plan) => sum + plan.writes.length, 0);

  const choose = async () => {
    const file = await getPlatform().openFile({ filters: workbookFilters });
    if (file === null) {
      setStatus({ kind: 'info', text: t('exchangeRoundTrip.notPicked') });
      return;
    }
    if (view === undefined) return;
    setStatus({ kind: 'working', text: t('exchangeRoundTrip.reading', { file: file.name }) });
    const read = readWorkbook(file.bytes, file.name);
    if (!read.ok) {
      setStatus({
        kind: 'error',
        text: t('exchangeRoundTrip.readFailed', {
          file: file.name,
          message: read.error.message[language],
        }),
      });
      return;
    }
    const records = { ...view.records, plans: plans ?? [] };
    const comparison = compareWithRegistry(read.workbook, records);
    if (!comparison.ok) {
      setStatus({
        kind: 'error',
        text: t('exchangeRoundTrip.notExchange', {
          file: file.name,
          message: comparison.error.message[language],
        }),
      });
      return;
    }
    const existing = existingRecordsOf(await readStoredForImport(getRegistry(), 'all'));
    setByCell(new Map());
    setAll(undefined);
    setCompared({
      fileName: file.name,
      contentHash: await contentHashOf(file.bytes),
      workbook: read.workbook,
      comparison,
      existing,
      aboveScaleYear: aboveScaleYearOf(
        recordsInScope(records, comparison.meta.scope),
        comparison.meta,
      ),
    });
    setStatus({ kind: 'info', text: t('exchangeRoundTrip.compared', { file: file.name }) });
  };

  const apply = async () => {
    if (compared === null) return;
    setStatus({ kind: 'working', text: t('exchangeRoundTrip.applying') });
    try {
      const outcome = await commitImport(getRegistry(), {
        fileName: compared.fileName,
        contentHash: compared.contentHash,
        plans: imported.plans,
        sheets: {},
        label: localized(`核对导入 ${compared.fileName}`, `Round trip of ${compared.fileName}`),
      });
      setCompared(null);
      setStatus(
        outcome.kind === 'no-changes'
          ? { kind: 'info', text: t('exchangeRoundTrip.noChanges') }
          : { kind: 'success', text: t('exchangeRoundTrip.applied', { count: writeCount }) },
      );
    } catch (error) {
      const message =
        error instanceof RegistryError
          ? error.text[language]
          : error instanceof Error
            ? error.message
            : String(error);
      setStatus({ kind: 'error', text: t('exchangeRoundTrip.failed', { message }) });
    }
  };

  const decide = (row: DifferenceRow, side: Side) => {
    setByCell((current) => new Map(current).set(cellKey(row.recordId, row.field), side));
  };

  const shown = (row: DifferenceRow, value: DifferenceRow['mine'] | undefined) =>
    value === undefined ? t('exchangeRoundTrip.unknown') : shownValue(row.field, value);

  const columns: ColDef<DifferenceRow>[] = [
    { headerName: t('exchangeRoundTrip.column.sheet'), field: 'sheetName', width: 90 },
    {
      headerName: t('exchangeRoundTrip.column.record'),
      valueGetter: ({ data }: ValueGetterParams<DifferenceRow>) =>
        data === undefined ? '' : (names.get(data.recordId) ?? data.recordId),
      tooltip: (params) => (typeof params.value === 'string' ? params.value : ''),
      flex: 1.2,
    },
    {
      headerName: t('exchangeRoundTrip.column.field'),
      valueGetter: ({ data }: ValueGetterParams<DifferenceRow>) =>
        data === undefined ? '' : importField(data.field).label[language],
      width: 140,
    },
    ...(['exported', 'mine', 'theirs'] as const).map((key): ColDef<DifferenceRow> => ({
      headerName: t(`exchangeRoundTrip.column.${key}`),
      valueGetter: ({ data }: ValueGetterParams<DifferenceRow>) =>
        data === undefined ? '' : shown(data, data[key]),
      tooltip: (params) => (typeof params.value === 'string' ? params.value : ''),
      flex: 1,
    })),
    {
      headerName: t('exchangeRoundTrip.column.class'),
      valueGetter: ({ data }: ValueGetterParams<DifferenceRow>) =>
        data === undefined ? '' : t(`exchangeRoundTrip.class.${data.status}`),
      cellClass: ({ data }) => (data === undefined ? '' : `round-trip-${data.status}`),
      width: 110,
    },
    {
      headerName: t('exchangeRoundTrip.column.decision'),
      width: 150,
      cellRenderer: ({ data }: ICellRendererParams<DifferenceRow>) => {
        if (data?.status !== 'conflict') return null;
        const chosen = byCell.get(cellKey(data.recordId, data.field)) ?? all ?? '';
        return (
          <select
            aria-label={`${t('exchangeRoundTrip.column.decision')} ${importField(data.field).label[language]}`}
            value={chosen}
            onChange={(event) => {
              decide(data, event.target.value as Side);
            }}
          >
            <option value="" disabled>
              —
            </option>
            <option value="theirs">{t('exchangeRoundTrip.side.theirs')}</option>
            <option value="mine">{t('exchangeRoundTrip.side.mine')}</option>
          </select>
        );
      },
    },
  ];

  const summaryKeys = [
    'unchanged',
    'changedThere',
    'changedHere',
    'conflict',
    'added',
    'review',
  ] as const;
  const notApplied: readonly NotApplied[] = imported.notApplied;

  return (
    <section className="card" aria-labelledby="round-trip-title">
      <h2 id="round-trip-title">{t('exchangeRoundTrip.title')}</h2>
      <p className="card-lead">{t('exchangeRoundTrip.lead')}</p>
      <div className="card-actions">
        <button
          type="button"
          disabled={view === undefined || status?.kind === 'working'}
          onClick={() => void choose()}
        >
          {t('exchangeRoundTrip.choose')}
        </button>
      </div>
      {status !== null && (
        <p role="status" className={`card-status card-status-${status.kind}`}>
          {status.text}
        </p>
      )}
      {compared !== null && (
        <>
          <dl className="round-trip-summary" aria-label={t('exchangeRoundTrip.title')}>
            {summaryKeys.map((key) => (
              <div key={key}>
                <dt>{t(`exchangeRoundTrip.summary.${key}`)}</dt>
                <dd>{summary[key].toLocaleString('zh-CN')}</dd>
              </div>
            ))}
          </dl>
          {summary.conflict > 0 && (
            <div className="card-actions">
              <button
                type="button"
                onClick={() => {
                  setByCell(new Map());
                  setAll('theirs');
                }}
              >
                {t('exchangeRoundTrip.allTheirs')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setByCell(new Map());
                  setAll('mine');
                }}
              >
                {t('exchangeRoundTrip.allMine')}
              </button>
            </div>
          )}
          <DataGrid<DifferenceRow>
            rowData={rows}
            columnDefs={columns}
            height={Math.min(420, 90 + rows.length * 36)}
            emptyMessage={t('exchangeRoundTrip.empty')}
          />
          {review.length > 0 && (
            <div className="round-trip-list">
              <h3>{t('exchangeRoundTrip.reviewTitle')}</h3>
              <ul>
                {review.map(({ sheetName, item }) => (
                  <li key={`${sheetName}-${item.kind}-${item.recordId}`}>
                    {sheetName} · {names.get(item.recordId) ?? item.recordId} ·{' '}
                    {t(`exchangeRoundTrip.review.${item.kind}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {notApplied.length > 0 && (
            <div className="round-trip-list">
              <h3>{t('exchangeRoundTrip.notAppliedTitle')}</h3>
              <ul>
                {notApplied.map((item) => (
                  <li key={`${item.sheetName}-${item.where}-${item.reason}`}>
                    {item.sheetName} ·{' '}
                    {names.get(item.where) ?? t('exchangeRoundTrip.row', { row: item.rowNumber })} ·{' '}
                    {t(`exchangeRoundTrip.notApplied.${item.reason}`)}
                    {item.note === undefined ? '' : ` · ${item.note[language]}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {writeCount > 0 && (
            <p>
              {t('exchangeRoundTrip.willWrite', {
                sheets: imported.plans
                  .filter((plan) => plan.writes.length > 0)
                  .map((plan) =>
                    t('exchangeRoundTrip.sheetWrites', {
                      sheet: plan.sheetName,
                      added: plan.counts.new,
                      changed: plan.counts.changed + plan.counts.move,
                    }),
                  )
                  .join(language === 'zh' ? '；' : '; '),
              })}
            </p>
          )}
          {unresolved > 0 && (
            <p className="round-trip-unresolved">
              {t('exchangeRoundTrip.unresolved', { count: unresolved })}
            </p>
          )}
          <div className="card-actions">
            <button
              type="button"
              className="primary"
              disabled={unresolved > 0 || status?.kind === 'working'}
              onClick={() => void apply()}
            >
              {t('exchangeRoundTrip.apply')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
