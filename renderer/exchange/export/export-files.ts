/**
 * The exports the 数据交换 page offers, each as a workbook spec and a file name: the whole
 * registry, one park's report for the office, a revenue form for a park's tenants, the
 * district's indicators for a period, and the enterprises grid's filtered rows. Built from
 * the in-memory registry view; written with the shared writer and saved through the platform
 * (a save dialog on the desktop, a download or the File System Access API in a browser).
 */
import type { CultivationPlan } from '../../../shared/cultivation/cultivation-plan';
import type { Enterprise } from '../../../shared/enterprises/enterprise';
import {
  buildExchangeWorkbook,
  type ExchangeExportOptions,
} from '../../../shared/exchange/exchange-format/build-exchange-workbook';
import {
  exchangeContent,
  type ExchangeRecords,
  type ExchangeScope,
} from '../../../shared/exchange/exchange-format/exchange-records';
import type { WorkbookSpec } from '../../../shared/exchange/exchange-format/workbook-spec';
import type {
  TemplateFill,
  TemplateFillResult,
} from '../../../shared/exchange/template-fill/fill-template';
import { indicatorWorkbook } from '../../../shared/exchange/indicator-workbook/indicator-workbook';
import type { ImportEntity } from '../../../shared/exchange/mapping/import-entity';
import { computeIndicatorsFromRecords } from '../../../shared/indicators/indicators';
import type { LiveRecords } from '../../../shared/indicators/indicator-input';
import type { Park } from '../../../shared/parks/park';
import { periodLabel, type Period } from '../../../shared/periods/period';
import { getPlatform } from '../../platform/platform';
import { installationId } from './installation-id';
import type { WriteRequest, WriteResponse } from './write-workbook.worker';

export interface ExportFile {
  readonly spec: WorkbookSpec;
  readonly fileName: string;
  /** Records written (rows of the record sheets), for the status line. */
  readonly records: number;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly savedAs: string; readonly records: number }
  | { readonly kind: 'cancelled' };

const exportedBy = '园区台账 Park Ledger';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2024-11-05 14:30" in local time, as the user reads the clock. */
function localTimeText(now: Date): string {
  return `${String(now.getFullYear())}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())} ${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}`;
}

function dateStamp(now: Date): string {
  return `${String(now.getFullYear())}${twoDigits(now.getMonth() + 1)}${twoDigits(now.getDate())}`;
}

/** A file name every system accepts: no path separators or reserved characters. */
function safeFileName(parts: readonly string[]): string {
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_')}.xlsx`;
}

function exchangeRecordsOf(
  records: LiveRecords,
  plans: readonly CultivationPlan[],
): ExchangeRecords {
  return { ...records, plans };
}

interface ExchangeFileRequest {
  readonly records: ExchangeRecords;
  readonly scope: ExchangeScope;
  readonly scopeText: string;
  readonly period: Period | null;
  readonly title: string;
  readonly entities?: readonly ImportEntity[];
  readonly revenueForm?: boolean;
  readonly now: Date;
}

function exchangeFile(request: ExchangeFileRequest): ExportFile {
  const options: ExchangeExportOptions = {
    scope: request.scope,
    period: request.period,
    exportedAt: request.now.toISOString(),
    exportId: crypto.randomUUID(),
    installationId: installationId(),
    exportedBy,
    exportedAtText: localTimeText(request.now),
    scopeText: request.scopeText,
    ...(request.entities === undefined ? {} : { entities: request.entities }),
    ...(request.revenueForm === undefined ? {} : { revenueForm: request.revenueForm }),
  };
  const built = buildExchangeWorkbook(request.records, options);
  const periodPart = request.period === null ? [] : [periodLabel(request.period).zh];
  return {
    spec: built.spec,
    fileName: safeFileName([
      request.title,
      request.scopeText,
      ...periodPart,
      dateStamp(request.now),
    ]),
    records: built.content.reduce((sum, sheet) => sum + sheet.rows.length, 0),
  };
}

/** The whole registry, with the period's reports in 营收. */
export function registryExport(
  records: LiveRecords,
  plans: readonly CultivationPlan[],
  period: Period | null,
  now = new Date(),
): ExportFile {
  return exchangeFile({
    records: exchangeRecordsOf(records, plans),
    scope: { kind: 'registry' },
    scopeText: '全区',
    period,
    title: '园区台账交换表',
    now,
  });
}

/** One park, its tenants and their records, for the office. */
export function parkReportExport(
  records: LiveRecords,
  plans: readonly CultivationPlan[],
  park: Park,
  period: Period | null,
  now = new Date(),
): ExportFile {
  return exchangeFile({
    records: exchangeRecordsOf(records, plans),
    scope: { kind: 'parks', parkIds: [park.id] },
    scopeText: park.name,
    period,
    title: '园区报表',
    now,
  });
}

/** A 营收 sheet with a row per tenant of the park for the period, to fill in and send back. */
export function revenueFormExport(
  records: LiveRecords,
  park: Park,
  period: Period,
  now = new Date(),
): ExportFile {
  return exchangeFile({
    records: exchangeRecordsOf(records, []),
    scope: { kind: 'parks', parkIds: [park.id] },
    scopeText: park.name,
    period,
    title: '营收填报表',
    entities: ['revenue'],
    revenueForm: true,
    now,
  });
}

/** The district's published indicators for a period. */
export function districtIndicatorsExport(
  records: LiveRecords,
  period: Period,
  now = new Date(),
): ExportFile {
  const indicators = computeIndicatorsFromRecords(records, { kind: 'district' }, period);
  return {
    spec: indicatorWorkbook(indicators, {
      scopeText: '全区',
      exportedAtText: localTimeText(now),
      exportedBy,
    }),
    fileName: safeFileName(['主要指标', '全区', periodLabel(period).zh, dateStamp(now)]),
    records: 0,
  };
}

/** Enterprises as the grid shows them after filtering: an 企业 sheet that imports back. */
export function enterpriseRowsExport(rows: readonly Enterprise[], now = new Date()): ExportFile {
  return exchangeFile({
    records: {
      parks: [],
      enterprises: rows,
      tenancies: [],
      plans: [],
      events: [],
      financings: [],
      reportOf: () => undefined,
    },
    scope: { kind: 'registry' },
    scopeText: '企业筛选结果',
    period: null,
    title: '企业',
    entities: ['enterprises'],
    now,
  });
}

/**
 * A period's revenue of a park's tenants written into the office's own template, picked by the
 * user; null when the user cancels the pick.
 */
export async function fillOfficeTemplate(
  records: LiveRecords,
  park: Park,
  period: Period,
): Promise<{ readonly templateName: string; readonly result: TemplateFillResult } | null> {
  const template = await getPlatform().openFile({
    title: '选择区里的模板',
    filters: [{ name: 'Excel 工作簿 (.xlsx)', extensions: ['xlsx'] }],
  });
  if (template === null) return null;
  const [revenue] = exchangeContent(exchangeRecordsOf(records, []), {
    scope: { kind: 'parks', parkIds: [park.id] },
    period,
    entities: ['revenue'],
    revenueForm: true,
    exportedAt: new Date().toISOString(),
  });
  const { fillTemplate } = await import('../../../shared/exchange/template-fill/fill-template');
  const result = await fillTemplate({
    templateBytes: template.bytes,
    templateName: template.name,
    entity: 'revenue',
    rows: (revenue?.rows ?? []).map((row) => row.values),
  });
  return { templateName: template.name, result };
}

/** Saves a filled template beside its name: 模板名-园区-期间.xlsx. */
export async function saveFilledTemplate(
  fill: TemplateFill,
  templateName: string,
  park: Park,
  period: Period,
): Promise<SaveOutcome> {
  const base = templateName.replace(/\.xlsx$/i, '');
  const saved = await getPlatform().saveFile({
    suggestedName: safeFileName([base, park.name, periodLabel(period).zh]),
    bytes: fill.bytes,
    title: '保存填好的模板',
    filters: workbookFilters,
  });
  return saved === null
    ? { kind: 'cancelled' }
    : { kind: 'saved', savedAs: saved.savedAs, records: fill.rowsWritten };
}

const workbookFilters = [{ name: 'Excel 工作簿 (.xlsx)', extensions: ['xlsx'] }];

/** The workbook's bytes, written by a worker (which also keeps ExcelJS out of the app's bundle). */
function writeInWorker(spec: WorkbookSpec): Promise<Uint8Array> {
  const worker = new Worker(new URL('./write-workbook.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WriteResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ spec } satisfies WriteRequest);
  });
}

/** Writes the file and saves it where the user chooses. */
export async function saveExport(file: ExportFile): Promise<SaveOutcome> {
  const bytes = await writeInWorker(file.spec);
  const saved = await getPlatform().saveFile({
    suggestedName: file.fileName,
    bytes,
    title: '导出工作簿',
    filters: workbookFilters,
  });
  return saved === null
    ? { kind: 'cancelled' }
    : { kind: 'saved', savedAs: saved.savedAs, records: file.records };
}

/**
 * The enterprises grid's "export the filtered view": pass the rows as filtered and sorted;
 * resolves to where the file went, or cancelled.
 */
export function exportEnterpriseRows(rows: readonly Enterprise[]): Promise<SaveOutcome> {
  return saveExport(enterpriseRowsExport(rows));
}
