/**
 * The browser side of `npm run bench`: the floors (what the platform does with no app code)
 * measured on the same data the app's operations use, and the app's own operations that need no
 * screen (demo load, one edit, the dashboard's figures). The Node runner calls these through
 * `window.bench` and times nothing itself, so every figure is taken inside the same page.
 */
import { createGrid, type ColDef, type GridApi, type GridOptions } from 'ag-grid-community';
import i18next from 'i18next';
import * as XLSX from 'xlsx';
import { readIndicatorTables } from '../../renderer/db/indicator-tables';
import { openRegistry, type Registry } from '../../renderer/db/registry';
import { localToday } from '../../renderer/dates/local-today';
import { demoOptionsIn } from '../../renderer/demo/demo-start';
import { loadDemo } from '../../renderer/demo/load-demo';
import { withFieldValue } from '../../renderer/enterprises/enterprise-edits';
import { enterpriseRowsExport } from '../../renderer/exchange/export/export-files';
import { commitImport } from '../../renderer/exchange/import/commit-import';
import {
  requestPlans,
  requestRead,
  sheetsToCommit,
} from '../../renderer/exchange/import/import-requests';
import {
  ImportWorkerClient,
  type ImportSettled,
} from '../../renderer/exchange/import/import-worker-client';
import type { SessionPreview } from '../../renderer/exchange/import/import-session';
import {
  enterpriseColumns,
  enterpriseGridSettings,
  enterpriseSelectionColumn,
  showsUnderQuickSearch,
} from '../../renderer/enterprises/enterprise-grid-setup';
import { enterpriseRows, type EnterpriseRow } from '../../renderer/enterprises/enterprise-rows';
import { baseGridOptions } from '../../renderer/grid/grid-theme';
import { initI18n } from '../../renderer/i18n/i18n';
import {
  generateDemoInParts,
  generateDemoRegistry,
  type DemoOptions,
  type DemoRegistry,
} from '../../shared/demo/generate-demo';
import { prepareQuickSearch, type QuickSearchQuery } from '../../shared/enterprises/quick-search';
import { gridOfSheetSpec } from '../../shared/exchange/exchange-format/spec-grid';
import { defaultImportPolicy } from '../../shared/exchange/matching/field-policy';
import { plansNoWrites } from '../../shared/exchange/matching/sheet-import-plan';
import { writeWorkbook } from '../../shared/exchange/workbook-writer/write-workbook';
import { indicatorBreakdown, revenueTrend } from '../../shared/indicators/breakdown';
import { liveRecords } from '../../shared/indicators/indicator-input';
import { computeIndicatorsFromRecords } from '../../shared/indicators/indicators';
import {
  liveRecordsFromStorage,
  reportedPeriodsLatestFirst,
} from '../../shared/indicators/stored-records';
import { periodMonth, periodYear, type Period } from '../../shared/periods/period';
import {
  contentTables,
  type ContentTable,
  type StoredRecord,
} from '../../shared/registry/registry-tables';
import { packReports, type ReportYear } from '../../shared/reports/report-storage';
import { officeRows, officeSheetRows, type OfficeRow } from './office-workbook';
import type { AppProbe } from './app-probe.mjs';
import { installPaintProbe, type PaintProbe } from './paint-probe.mjs';

const probe = installPaintProbe();

let rows: OfficeRow[] = [];
let sheetRows: (string | number)[][] = [];
let workbookBytes = new Uint8Array();

async function time(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function buildWorkbook(): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  const sheet = XLSX.utils.aoa_to_sheet(sheetRows);
  sheet['!merges'] = [XLSX.utils.decode_range('F3:G3')];
  XLSX.utils.book_append_sheet(workbook, sheet, '企业');
  return workbook;
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function openRawDatabase(
  name: string,
  stores: readonly { name: string; keyPath: string }[],
): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    for (const store of stores) request.result.createObjectStore(store.name, store);
  };
  return requestDone(request);
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onerror = () => {
      reject(transaction.error ?? new Error('transaction failed'));
    };
  });
}

type RawTables = readonly (readonly [string, readonly object[]])[];

/** Each write goes to a database of its own, so that no run pays for emptying the last one's. */
let rawDatabases = 0;
/** The database each floor last wrote, for its read floor. */
const lastWritten = new Map<string, string>();

/** Times putting every record into the database's stores, raw IndexedDB, in one transaction. */
async function timedRawPut(db: IDBDatabase, tables: RawTables): Promise<number> {
  const storeNames = tables.map(([store]) => store);
  const elapsed = await time(async () => {
    const transaction = db.transaction(storeNames, 'readwrite');
    for (const [store, records] of tables) {
      const objectStore = transaction.objectStore(store);
      for (const record of records) objectStore.put(record);
    }
    await transactionDone(transaction);
  });
  db.close();
  return elapsed;
}

/** Times putting every record into plain object stores (a key, no index) in one transaction. */
async function rawBulkWrite(floor: string, tables: RawTables, keyPath: string): Promise<number> {
  rawDatabases += 1;
  const name = `bench-${floor}-${String(rawDatabases)}`;
  const db = await openRawDatabase(
    name,
    tables.map(([store]) => ({ name: store, keyPath })),
  );
  const elapsed = await timedRawPut(db, tables);
  lastWritten.set(floor, name);
  return elapsed;
}

/**
 * Times the same raw write into a new registry database's own stores: their keys and every index
 * the registry keeps (the credit code's unique one among them), made by the app and closed
 * before the timing. What storing these records costs IndexedDB in the registry's layout, with
 * none of the app's code: no Dexie, no checks, no history.
 */
async function rawWriteIntoRegistryStores(tables: RawTables): Promise<number> {
  const stores = await emptyRegistry();
  const name = stores.db.name;
  stores.close();
  return timedRawPut(await requestDone(indexedDB.open(name)), tables);
}

/**
 * Times reading back every store the floor last wrote (written first, untimed, if its write
 * has not run yet), all in one transaction.
 */
async function rawBulkRead(floor: string, tables: RawTables, keyPath: string): Promise<number> {
  if (!lastWritten.has(floor)) await rawBulkWrite(floor, tables, keyPath);
  const name = lastWritten.get(floor);
  if (name === undefined) throw new Error(`bench: nothing written for ${floor}`);
  const db = await openRawDatabase(
    name,
    tables.map(([store]) => ({ name: store, keyPath })),
  );
  const elapsed = await time(async () => {
    const transaction = db.transaction(tables.map(([store]) => store));
    const read = await Promise.all(
      tables.map(([store]) => requestDone(transaction.objectStore(store).getAll())),
    );
    tables.forEach(([store, records], index) => {
      if (read[index]?.length !== records.length)
        throw new Error(`raw read of ${store} fell short`);
    });
  });
  db.close();
  return elapsed;
}

let demoOptions: DemoOptions | undefined;
let demo: DemoRegistry | undefined;
let demoRows: EnterpriseRow[] = [];
/** The latest period with reports: what the dashboard and the enterprises grid open on. */
let latestPeriod: Period | undefined;

function preparedDemo(): { options: DemoOptions; demo: DemoRegistry } {
  if (demoOptions === undefined || demo === undefined) throw new Error('bench: prepare first');
  return { options: demoOptions, demo };
}

/**
 * The demo's records as the registry stores them (reports packed per enterprise and year), one
 * list per table: bulk-load.ts keeps its own list private, and the floor must not call it.
 */
function storedDemoTables(
  records: DemoRegistry,
  reportYears: readonly ReportYear[],
): [ContentTable, readonly StoredRecord[]][] {
  return [
    ['parks', records.parks],
    ['enterprises', records.enterprises],
    ['tenancies', records.tenancies],
    ['reportYears', reportYears],
    ['cultivationPlans', records.plans],
    ['parkEvents', records.events],
    ['financings', records.financings],
  ];
}

let storedDemo: [ContentTable, readonly StoredRecord[]][] = [];

/** The floor of the demo load: the same stored records put into plain object stores. */
const rawIdbWriteDemo = () => rawBulkWrite('demo', storedDemo, 'id');
/** The same records into the registry's own stores (keys and indexes). */
const rawIdbWriteDemoIntoRegistryStores = () => rawWriteIntoRegistryStores(storedDemo);
/** The floor of the registry view's read: those records read back. */
const rawIdbReadDemo = () => rawBulkRead('demo', storedDemo, 'id');

let registries = 0;
let registry: Registry | undefined;

/** Every table of a registry that holds records, as stored: what a raw write must put back. */
async function everythingStored(stores: Registry): Promise<RawTables> {
  const tables = await Promise.all(
    stores.db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return tables.filter(([, records]) => records.length > 0);
}

/** A new, empty registry database of the app's schema, opened before any timing starts. */
async function emptyRegistry(): Promise<Registry> {
  registries += 1;
  const opened = openRegistry({ name: `bench-registry-${String(registries)}` });
  await opened.isEmpty();
  return opened;
}

/** A new, empty registry that the demo measures then use. */
async function freshRegistry(): Promise<Registry> {
  registry?.close();
  registry = await emptyRegistry();
  return registry;
}

/** The registry holding the whole demo (the last demo load's, or loaded now, untimed). */
async function loadedRegistry(): Promise<Registry> {
  const target = registry ?? (await freshRegistry());
  if (await target.isEmpty()) await target.demo.load(preparedDemo().demo);
  return target;
}

/**
 * What `?demo=load` does: generate the demo step by step, then store it as one change set. The
 * write part is timed inside the same run, from the loader's first 'writing' progress.
 */
async function demoLoad(): Promise<Record<'app.demo-load' | 'app.demo-write', number>> {
  const { options } = preparedDemo();
  const target = await freshRegistry();
  let writeStart: number | undefined;
  const start = performance.now();
  await loadDemo(
    target,
    (progress) => {
      if (progress.phase === 'writing') writeStart ??= performance.now();
    },
    options,
  );
  const end = performance.now();
  if (writeStart === undefined) throw new Error('bench: the demo loader reported no writing');
  return { 'app.demo-load': end - start, 'app.demo-write': end - writeStart };
}

/**
 * The demo's generation alone, as its load makes it (the parts in order, each part's reports
 * packed as stored), nothing written: the page's work that a load adds to the write itself.
 */
function demoGenerate(): Promise<number> {
  return time(() => {
    for (const part of generateDemoInParts(preparedDemo().options)) {
      packReports(part.records.reports ?? []);
    }
  });
}

/**
 * Everything a demo load stored (the records, its change set, the totals per park and period),
 * read back untimed from the registry holding the demo, then written raw into a new registry
 * database's own stores. It runs before each demo load rather than after, so that the measure
 * after the loads (the single edit) meets IndexedDB as the app's own load left it.
 */
async function rawIdbWriteDemoEverythingStored(): Promise<number> {
  return rawWriteIntoRegistryStores(await everythingStored(await loadedRegistry()));
}

/**
 * One inline edit as the enterprises grid makes it (read the record, save it with its expected
 * version): one change set with its history, in the registry holding the whole demo.
 */
async function singleEdit(): Promise<number> {
  const records = preparedDemo().demo;
  const target = await loadedRegistry();
  const id = records.enterprises[Math.floor(records.enterprises.length / 2)]?.id;
  if (id === undefined) throw new Error('bench: the demo has no enterprises');
  const elapsed = await time(async () => {
    const enterprise = await target.enterprises.get(id);
    if (enterprise === undefined) throw new Error(`bench: enterprise ${id} is not stored`);
    await target.enterprises.save(
      withFieldValue(enterprise, { field: 'digitalCulture', value: !enterprise.digitalCulture }),
      { expectedVersion: enterprise.version },
    );
  });
  // Untimed: the edit undone, so the registry still holds what the demo's export says.
  const edited = await target.enterprises.get(id);
  if (edited === undefined) throw new Error(`bench: enterprise ${id} is gone`);
  await target.enterprises.save(
    withFieldValue(edited, { field: 'digitalCulture', value: !edited.digitalCulture }),
    { expectedVersion: edited.version },
  );
  return elapsed;
}

/**
 * What the app does first when it starts with a registry (renderer/registry-view): read the
 * tables the screens hold in memory, in one transaction, and build the live records and periods.
 */
async function registryViewRead(): Promise<number> {
  const target = await loadedRegistry();
  return time(async () => {
    const tables = await readIndicatorTables(target);
    liveRecordsFromStorage(tables);
    reportedPeriodsLatestFirst(tables.reportYears);
  });
}

/**
 * An import worker as the import page has it when a file is chosen: started when the page
 * opened, its code loaded, its warm-up read done (import.worker.ts) and, given the registry the
 * file is compared with, that registry's parks and enterprises read ahead. Each measure still
 * gets a fresh one, which has read nothing but that small list.
 */
async function startedWorker(comparedWith?: Registry): Promise<ImportWorkerClient> {
  const client = new ImportWorkerClient(comparedWith?.db.name);
  await client.warmUp();
  return client;
}

/**
 * The import as the 数据交换 page starts it: the chosen file's bytes to the import worker, which
 * reads, locates, maps and validates every sheet, while the page hashes the file, until the
 * preview comes back. Main-thread long tasks (PerformanceObserver) are watched meanwhile: the
 * page must stay responsive.
 */
async function importPreview(): Promise<
  Record<'app.import-preview' | 'app.longest-task-import', number>
> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    throw new Error('bench: this browser reports no long tasks');
  }
  const client = await startedWorker();
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    const start = performance.now();
    const { reply } = await requestRead(client, { bytes: workbookBytes, name: 'office.xlsx' }, {});
    const elapsed = performance.now() - start;
    if (reply.kind !== 'preview') throw new Error(`bench: the import read gave ${reply.kind}`);
    await probe.afterPaint();
    for (const entry of observer.takeRecords()) {
      longestTask = Math.max(longestTask, entry.duration);
    }
    return { 'app.import-preview': elapsed, 'app.longest-task-import': longestTask };
  } finally {
    observer.disconnect();
    client.dispose();
  }
}

/** The export of the registry's enterprises (an 企业 exchange sheet), spec and file bytes. */
function enterprisesExport(): Promise<number> {
  const { enterprises } = preparedDemo().demo;
  return time(() => writeWorkbook(enterpriseRowsExport(enterprises).spec));
}

/** The import page's read of a file in its worker: the preview and the file's hash. */
async function readInWorker(
  client: ImportWorkerClient,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ preview: SessionPreview; contentHash: string }> {
  const { reply, contentHash } = await requestRead(client, { bytes, name: fileName }, {});
  if (reply.kind !== 'preview')
    throw new Error(`bench: the import read of ${fileName} gave ${reply.kind}`);
  return { preview: reply.preview, contentHash };
}

/** The import page's 比较: the registry's records read and planned against in the worker. */
async function planInWorker(
  client: ImportWorkerClient,
  target: Registry,
  preview: SessionPreview,
): Promise<Extract<ImportSettled, { kind: 'plans' }>> {
  const reply = await requestPlans(client, target, preview, {
    policy: defaultImportPolicy,
    confirmedRows: {},
    today: localToday(),
  });
  if (reply.kind !== 'plans') throw new Error(`bench: the import plan gave ${reply.kind}`);
  return reply;
}

/** The registry the last import commit wrote the workbook's records into. */
let importedRegistry: Registry | undefined;

/**
 * The import's commit (导入): the workbook read and compared with a registry that has none of
 * its records (untimed), then the app's commit of the 20,000 new enterprises as one change set.
 * The same run times the raw write of the records the commit stored (read back untimed), as
 * the floor has it, "the same records": into plain stores, and into a new registry
 * database's own stores; and the raw write, into such a database, of everything the commit
 * stored — those records, the change set with its history parts, the snapshot taken before it:
 * what IndexedDB does for this commit with none of the app's code.
 */
async function importCommit(): Promise<
  Record<
    | 'app.import-commit'
    | 'floor.idb-write'
    | 'floor.idb-write-stores'
    | 'floor.idb-write-everything-stored',
    number
  >
> {
  const target = await emptyRegistry();
  const client = await startedWorker(target);
  try {
    const { preview, contentHash } = await readInWorker(client, workbookBytes, 'office.xlsx');
    const { plans, mappings } = await planInWorker(client, target, preview);
    const created = plans.reduce((sum, plan) => sum + plan.counts.new, 0);
    if (created !== rows.length) {
      throw new Error(`bench: the plan makes ${String(created)} of ${String(rows.length)} new`);
    }
    const elapsed = await time(async () => {
      const outcome = await commitImport(target, {
        fileName: 'office.xlsx',
        contentHash,
        plans,
        sheets: sheetsToCommit(preview, mappings),
      });
      if (outcome.kind !== 'committed') throw new Error('bench: the import committed nothing');
    });
    const everything = await everythingStored(target);
    const written = everything.filter(([table]) =>
      (contentTables as readonly string[]).includes(table),
    );
    if (written.reduce((sum, [, records]) => sum + records.length, 0) !== rows.length) {
      throw new Error('bench: the commit stored other records than the workbook’s');
    }
    importedRegistry?.close();
    importedRegistry = target;
    return {
      'app.import-commit': elapsed,
      'floor.idb-write': await rawBulkWrite('commit', written, 'id'),
      'floor.idb-write-stores': await rawWriteIntoRegistryStores(written),
      'floor.idb-write-everything-stored': await rawWriteIntoRegistryStores(everything),
    };
  } finally {
    client.dispose();
  }
}

/**
 * A file read and compared as the import page does it, from its bytes to the plan's answer,
 * which must be "no changes".
 */
async function timeNoChanges(
  bytes: Uint8Array,
  fileName: string,
  target: Registry,
): Promise<number> {
  const client = await startedWorker(target);
  try {
    const start = performance.now();
    const { preview } = await readInWorker(client, bytes, fileName);
    const { plans } = await planInWorker(client, target, preview);
    const elapsed = performance.now() - start;
    if (!plansNoWrites(plans)) throw new Error(`bench: re-importing ${fileName} plans writes`);
    return elapsed;
  } finally {
    client.dispose();
  }
}

/** The same workbook again, after its commit: read, compared, "no changes". */
async function reimportUnchanged(): Promise<number> {
  if (importedRegistry === undefined) await importCommit();
  if (importedRegistry === undefined) throw new Error('bench: no import was committed');
  return timeNoChanges(workbookBytes, 'office.xlsx', importedRegistry);
}

let exportBytes: Uint8Array | undefined;

/** The export of the demo's enterprises, as app.export writes it (made once, untimed). */
async function demoExportBytes(): Promise<Uint8Array> {
  exportBytes ??= await writeWorkbook(enterpriseRowsExport(preparedDemo().demo.enterprises).spec);
  return exportBytes;
}

/** Floor of the export's re-import: SheetJS's bare read of that file (default options). */
async function sheetjsReadExport(): Promise<number> {
  const bytes = await demoExportBytes();
  return time(() => XLSX.read(bytes));
}

/** The enterprises export re-imported into the registry holding the demo: "no changes". */
async function reimportExport(): Promise<number> {
  const bytes = await demoExportBytes();
  return timeNoChanges(bytes, 'enterprises.xlsx', await loadedRegistry());
}

/** Floor of that export: SheetJS writing the same cells, sheet by sheet, with no formatting. */
function sheetjsWriteExportCells(): Promise<number> {
  const { spec } = enterpriseRowsExport(preparedDemo().demo.enterprises);
  const sheets = spec.sheets.map((sheet) => {
    const grid = gridOfSheetSpec(sheet);
    return {
      name: grid.name,
      rows: grid.rows.map((row) => row.map((cell) => cell?.value ?? null)),
    };
  });
  return time(() => {
    const workbook = XLSX.utils.book_new();
    for (const sheet of sheets) {
      XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(sheet.rows), sheet.name);
    }
    XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  });
}

/** The demo's options at the district's scale or at the tenth the app itself offers. */
function demoOptionsOf(demoScale: 'district' | 'tenth'): DemoOptions {
  return demoOptionsIn(demoScale === 'tenth' ? '?demoScale=tenth' : '');
}

/**
 * Keeps the enterprises grid's rows of the demo as the app builds them, of the latest period
 * reported, for the grid's floors.
 */
function keepGridRowsOf(records: DemoRegistry, reportYears: readonly ReportYear[]): void {
  latestPeriod = reportedPeriodsLatestFirst(reportYears)[0];
  demoRows = enterpriseRows(liveRecords(records), latestPeriod, localToday(), 'zh');
}

let gridApi: GridApi | undefined;

/** ag-grid made with `options` (createGrid, no app around it) until its first rows are painted. */
async function gridPaint<Row extends object>(options: GridOptions<Row>): Promise<number> {
  gridApi?.destroy();
  const container = document.getElementById('grid');
  if (container === null) throw new Error('bench page has no #grid');
  await probe.afterPaint();
  const start = performance.now();
  gridApi = createGrid<Row>(container, { ...baseGridOptions, ...options }) as GridApi;
  const painted = await probe.whenPainted(() => container.querySelector('.ag-row') !== null);
  return painted - start;
}

/**
 * The enterprises grid as the app sets it up (enterprise-grid-setup: columns with their
 * formatters and filters, the pinned name, the selection column, the rows drawn ahead), in
 * Chinese, with an external filter by `query()` as the app's quick search has; no app around it.
 */
async function appSetUpGridOptions(
  query: () => QuickSearchQuery | null,
): Promise<GridOptions<EnterpriseRow>> {
  if (!i18next.isInitialized) await initI18n();
  const t = i18next.getFixedT('zh-CN');
  return {
    ...enterpriseGridSettings,
    rowData: demoRows,
    columnDefs: enterpriseColumns(t, 'zh', latestPeriod),
    selectionColumnDef: enterpriseSelectionColumn(t),
    isExternalFilterPresent: () => query() !== null,
    doesExternalFilterPass: (node) => showsUnderQuickSearch(node.data, query(), () => ''),
  };
}

/**
 * ag-grid's own part of a quick-search keystroke: the grid set up as the app's, all rows shown
 * and painted (untimed), then filtered by the bench's keystroke ("7") until the new rows are
 * painted.
 */
async function appSetUpGridKeystroke(): Promise<number> {
  let query: QuickSearchQuery | null = null;
  await gridPaint(await appSetUpGridOptions(() => query));
  const api = gridApi;
  if (api === undefined) throw new Error('bench: the grid was not made');
  const before = api.getDisplayedRowCount();
  await probe.afterPaint();
  const start = performance.now();
  query = prepareQuickSearch('7');
  api.onFilterChanged();
  const painted = await probe.whenPainted(() => api.getDisplayedRowCount() !== before);
  return painted - start;
}

/** The enterprises grid's columns, with none of its renderers, formatters or filters. */
const bareEnterpriseColumns: ColDef<EnterpriseRow>[] = (
  [
    'name',
    'creditCode',
    'parkName',
    'streetName',
    'subcategoryCode',
    'categoryName',
    'domain',
    'digitalCulture',
    'aboveScale',
    'status',
    'tags',
    'revenueYuan',
    'yoyReportedPercent',
    'employees',
  ] as const
).map((field) => ({ field }));

/**
 * What the district dashboard computes when it opens: the district's indicators, the revenue
 * of every park and street, and this year's and last year's trend. Each run gets freshly built
 * records (as after a registry load), so the indexes the indicators keep are built inside the
 * timing.
 */
function dashboardCompute(): number {
  const records = liveRecords(preparedDemo().demo);
  const period = latestPeriod;
  if (period === undefined) throw new Error('bench: the demo has no reports');
  const district = { kind: 'district' } as const;
  const start = performance.now();
  computeIndicatorsFromRecords(records, district, period);
  indicatorBreakdown(records, period);
  revenueTrend(records, district, periodYear(period), periodMonth(period));
  revenueTrend(records, district, periodYear(period) - 1, periodMonth(period));
  return performance.now() - start;
}

export interface BenchData {
  /** Rows of the office workbook. */
  readonly officeRows: number;
  readonly workbookBytes: number;
  readonly demo: { parks: number; enterprises: number; reports: number; storedRecords: number };
}

const bench = {
  /**
   * Builds the data, untimed: the office workbook of `workbookRows` rows and the demo registry
   * at the district's scale or, with `demoScale: 'tenth'`, at the tenth the app itself offers.
   */
  prepare(workbookRows: number, demoScale: 'district' | 'tenth'): BenchData {
    rows = officeRows(workbookRows);
    sheetRows = officeSheetRows(rows);
    workbookBytes = new Uint8Array(
      XLSX.write(buildWorkbook(), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    demoOptions = demoOptionsOf(demoScale);
    demo = generateDemoRegistry(demoOptions);
    const reportYears = packReports(demo.reports);
    storedDemo = storedDemoTables(demo, reportYears);
    keepGridRowsOf(demo, reportYears);
    return {
      officeRows: rows.length,
      workbookBytes: workbookBytes.byteLength,
      demo: {
        parks: demo.parks.length,
        enterprises: demo.enterprises.length,
        reports: demo.reports.length,
        storedRecords: storedDemo.reduce((sum, [, records]) => sum + records.length, 0),
      },
    };
  },
  /**
   * For a page that times the grid floors only: the demo's enterprise rows and nothing else, so
   * that its heap holds what the app's holds for its grid rather than the whole bench's data.
   */
  prepareGrid(demoScale: 'district' | 'tenth'): number {
    const demoOnce = generateDemoRegistry(demoOptionsOf(demoScale));
    keepGridRowsOf(demoOnce, packReports(demoOnce.reports));
    return demoRows.length;
  },
  /** The workbook as base64, so the runner can hand the same file to LibreOffice. */
  workbookBase64(): string {
    let binary = '';
    for (let i = 0; i < workbookBytes.length; i += 0x8000) {
      binary += String.fromCharCode(...workbookBytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  },
  sheetjsBareRead: () => time(() => XLSX.read(workbookBytes)),
  sheetjsBareWrite: () =>
    time(() => XLSX.write(buildWorkbook(), { type: 'array', bookType: 'xlsx' })),
  rawIdbWriteDemo,
  rawIdbWriteDemoIntoRegistryStores,
  rawIdbWriteDemoEverythingStored,
  rawIdbReadDemo,
  registryViewRead,
  importPreview,
  importCommit,
  reimportUnchanged,
  enterprisesExport,
  sheetjsReadExport,
  reimportExport,
  sheetjsWriteExportCells,
  bareGrid: () => gridPaint({ rowData: demoRows, columnDefs: bareEnterpriseColumns }),
  appSetUpGrid: async () => gridPaint(await appSetUpGridOptions(() => null)),
  appSetUpGridKeystroke,
  demoLoad,
  demoGenerate,
  singleEdit,
  dashboardCompute,
};

export type BenchPage = typeof bench;

declare global {
  interface Window {
    bench: BenchPage;
    /** In the bench page and, as an init script, in the app's page. */
    benchProbe: PaintProbe;
    /** In the app's page only (bench/app-session.mjs). */
    benchApp: AppProbe;
  }
}

window.bench = bench;
window.benchProbe = probe;
