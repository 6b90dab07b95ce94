/**
 * The browser side of `npm run bench`: the floors (what the platform does with no app code)
 * measured on the same data the app's operations use, and the app's own operations. The Node
 * runner calls these through `window.bench` and times nothing itself, so every figure is taken
 * inside the same page.
 */
import { createGrid, type GridApi } from 'ag-grid-community';
import * as XLSX from 'xlsx';
import { baseGridOptions } from '../../renderer/grid/grid-theme';
import {
  districtDemoOptions,
  generateDemoRegistry,
  type DemoRegistry,
} from '../../shared/demo/generate-demo';
import { publishedFigures2024JanOct } from '../../shared/demo/published-figures';
import { indicatorBreakdown, revenueTrend } from '../../shared/indicators/breakdown';
import { liveRecords } from '../../shared/indicators/indicator-input';
import { computeIndicatorsFromRecords } from '../../shared/indicators/indicators';
import { periodMonth, periodYear } from '../../shared/periods/period';
import { officeRows, officeSheetRows, type OfficeRow } from './office-workbook';

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

function openRawDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('records', { keyPath: 'creditCode' });
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('indexedDB.open failed'));
    };
  });
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

async function rawIdbWrite(): Promise<number> {
  const db = await openRawDatabase('bench-floor');
  const clear = db.transaction('records', 'readwrite');
  clear.objectStore('records').clear();
  await transactionDone(clear);
  const elapsed = await time(async () => {
    const transaction = db.transaction('records', 'readwrite');
    const store = transaction.objectStore('records');
    for (const row of rows) store.put(row);
    await transactionDone(transaction);
  });
  db.close();
  return elapsed;
}

async function rawIdbRead(): Promise<number> {
  const db = await openRawDatabase('bench-floor');
  const elapsed = await time(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = db.transaction('records').objectStore('records').getAll();
        request.onsuccess = () => {
          if (request.result.length !== rows.length) reject(new Error('raw read returned too few'));
          else resolve();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('getAll failed'));
        };
      }),
  );
  db.close();
  return elapsed;
}

let gridApi: GridApi<OfficeRow> | undefined;

/** Bare ag-grid: createGrid with the rows until the first rows are on screen. */
function bareGrid(): Promise<number> {
  gridApi?.destroy();
  const container = document.getElementById('grid');
  if (container === null) throw new Error('bench page has no #grid');
  const start = performance.now();
  return new Promise((resolve) => {
    gridApi = createGrid<OfficeRow>(container, {
      ...baseGridOptions,
      rowData: rows,
      getRowId: (params) => params.data.creditCode,
      columnDefs: [
        { field: 'name', headerName: '单位名称', filter: true },
        { field: 'creditCode', headerName: '统一社会信用代码' },
        { field: 'street', headerName: '所属街道', filter: true },
        { field: 'subcategory', headerName: '行业中类' },
        { field: 'revenueWan', headerName: '营业收入（万元）' },
        { field: 'employees', headerName: '期末从业人员' },
      ],
      onFirstDataRendered: () => {
        requestAnimationFrame(() => {
          resolve(performance.now() - start);
        });
      },
    });
  });
}

let demo: DemoRegistry | undefined;

/**
 * What the district dashboard computes when it opens: the district's indicators, the revenue
 * of every park and street, and this year's and last year's trend. The demo at the bench's
 * scale is generated once, untimed; each run gets freshly built records (as after a registry
 * load), so the indexes the indicators keep are built inside the timing.
 */
function dashboardCompute(): number {
  demo ??= generateDemoRegistry({ ...districtDemoOptions, enterprises: rows.length });
  const records = liveRecords(demo);
  const { period } = publishedFigures2024JanOct;
  const district = { kind: 'district' } as const;
  const start = performance.now();
  computeIndicatorsFromRecords(records, district, period);
  indicatorBreakdown(records, period);
  revenueTrend(records, district, periodYear(period), periodMonth(period));
  revenueTrend(records, district, periodYear(period) - 1, periodMonth(period));
  return performance.now() - start;
}

const bench = {
  prepare(enterpriseCount: number): { rows: number; workbookBytes: number } {
    rows = officeRows(enterpriseCount);
    sheetRows = officeSheetRows(rows);
    workbookBytes = new Uint8Array(
      XLSX.write(buildWorkbook(), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    return { rows: rows.length, workbookBytes: workbookBytes.byteLength };
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
  rawIdbWrite,
  rawIdbRead,
  bareGrid,
  dashboardCompute,
};

export type BenchPage = typeof bench;

declare global {
  interface Window {
    bench: BenchPage;
  }
}

window.bench = bench;
