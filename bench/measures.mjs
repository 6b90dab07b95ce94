// What `npm run bench` measures. Floors are what the platform does with no app code; each app
// operation names its floor and its target from the issues. Measures `on: 'app'` drive the built
// app (bench/app-session.mjs); measures `on: 'grid-page'` (the grid's floors) run beside them, in a
// bench page of their own, in a browser of its own, that holds only the grid's rows: the page
// holding all the bench's data has a heap several times the app's, and a grid timed there met its
// garbage collections. The others run in that bench page. A measure that cannot run here says why
// (`unavailable`).
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{
 *   page: import('@playwright/test').Page,
 *   app: import('./app-session.mjs').AppSession,
 *   gridPage?: import('@playwright/test').Page,
 *   workbookPath: string,
 *   outDir: string,
 * }} MeasureContext
 * @typedef {{ ratio: number } | { ms: number } | { mb: number }} Target
 * @typedef {{
 *   id: string,
 *   label: string,
 *   floor?: string,
 *   reference?: string,
 *   target?: Target,
 *   unit?: 'ms' | 'MB',
 *   on?: 'app' | 'grid-page',
 *   unavailable?: () => string | null,
 *   measuredBy?: string,
 *   once?: true,
 *   runs?: number,
 *   run?: (context: MeasureContext) => Promise<number | Record<string, number>>,
 * }} Measure
 *
 * A `reference` is a second floor, for explanation: the ratio to it is shown in the note, the
 * target is judged against `floor` alone.
 *
 * A run gives its measure's figure, or figures by measure id when one run times several parts
 * (those measures name it as `measuredBy`). A measure `once` is an explanation rather than a
 * target (what the cold start waits on): one run keeps the full bench within its time. A
 * measure of a fraction of a second that varies from run to run by half of itself or more (a
 * single edit, the grid's first paint, a keystroke) takes more `runs` than the default three,
 * each with its floors: a few seconds more for a median that holds.
 */

function hasLibreOffice() {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
}

/**
 * The page the grid's floors run in, opened by the runner beside the app's measures.
 * @param {MeasureContext} context
 */
function gridPageOf({ gridPage }) {
  if (gridPage === undefined) throw new Error('bench: a grid floor ran without its page');
  return gridPage;
}

/** @type {Measure[]} */
export const measures = [
  {
    id: 'floor.sheetjs-read',
    label: 'Floor: SheetJS bare read of the office workbook (default options)',
    run: ({ page }) => page.evaluate(() => window.bench.sheetjsBareRead()),
  },
  {
    id: 'floor.sheetjs-write',
    label: 'Floor: SheetJS bare write of the same cells',
    run: ({ page }) => page.evaluate(() => window.bench.sheetjsBareWrite()),
  },
  {
    id: 'floor.sheetjs-write-export',
    label: 'Floor: SheetJS bare write of the enterprises export’s cells (same sheets, no styles)',
    run: ({ page }) => page.evaluate(() => window.bench.sheetjsWriteExportCells()),
  },
  {
    id: 'floor.sheetjs-read-export',
    label: 'Floor: SheetJS bare read of the enterprises export’s file (default options)',
    run: ({ page }) => page.evaluate(() => window.bench.sheetjsReadExport()),
  },
  {
    id: 'floor.idb-write-demo',
    label:
      'Floor: raw IndexedDB bulk write of the demo’s stored records (plain stores, one transaction)',
    run: ({ page }) => page.evaluate(() => window.bench.rawIdbWriteDemo()),
  },
  {
    id: 'floor.idb-write-demo-stores',
    label:
      'Floor: the same raw write into the registry’s own stores (its keys and indexes, the unique credit code among them)',
    floor: 'floor.idb-write-demo',
    run: ({ page }) => page.evaluate(() => window.bench.rawIdbWriteDemoIntoRegistryStores()),
  },
  {
    id: 'floor.idb-read-demo',
    label: 'Floor: raw IndexedDB full read of those records (one transaction; once)',
    once: true,
    run: ({ page }) => page.evaluate(() => window.bench.rawIdbReadDemo()),
  },
  {
    id: 'floor.ag-grid',
    label:
      'Floor: bare ag-grid first paint of the demo’s enterprise rows (same fields, no app code)',
    on: 'grid-page',
    run: (context) => gridPageOf(context).evaluate(() => window.bench.bareGrid()),
  },
  {
    id: 'floor.ag-grid-app-setup',
    label:
      'Floor: ag-grid’s own first paint of the enterprises grid as the app sets it up (its columns, formatters, filters, pinned name, selection column; no app around it)',
    floor: 'floor.ag-grid',
    on: 'grid-page',
    run: (context) => gridPageOf(context).evaluate(() => window.bench.appSetUpGrid()),
  },
  {
    id: 'floor.ag-grid-app-setup-keystroke',
    label:
      'Floor: ag-grid’s own part of the quick-search keystroke: that grid, all rows shown, filtered by the same query until painted',
    on: 'grid-page',
    run: (context) => gridPageOf(context).evaluate(() => window.bench.appSetUpGridKeystroke()),
  },
  {
    id: 'floor.libreoffice-csv',
    label: 'Floor: LibreOffice headless converting the workbook to CSV',
    unavailable: () => (hasLibreOffice() ? null : 'LibreOffice (soffice) is not installed'),
    run: ({ workbookPath, outDir }) => {
      const start = performance.now();
      const result = spawnSync(
        'soffice',
        ['--headless', '--convert-to', 'csv', '--outdir', outDir, workbookPath],
        { stdio: 'ignore' },
      );
      if (result.status !== 0) throw new Error('soffice --convert-to csv failed');
      return Promise.resolve(performance.now() - start);
    },
  },
  {
    id: 'app.demo-load',
    label: 'Demo load (17k enterprises, ~400k report rows): generation + one change set',
    floor: 'floor.idb-write-demo',
    reference: 'floor.idb-write-demo-everything-stored',
    target: { ratio: 1.2 },
    run: ({ page }) => page.evaluate(() => window.bench.demoLoad()),
  },
  {
    id: 'app.demo-write',
    label:
      'Demo load, its write part: from the loader’s first “writing” progress (the enterprises’ profiles made; the rest is made while the first are written) to the end',
    floor: 'floor.idb-write-demo',
    reference: 'floor.idb-write-demo-everything-stored',
    target: { ratio: 1.2 },
    measuredBy: 'app.demo-load',
  },
  {
    id: 'app.demo-generate',
    label:
      'Demo generation alone, as the load makes it (its parts, reports packed as stored), nothing written: the page’s work a load adds to the write',
    run: ({ page }) => page.evaluate(() => window.bench.demoGenerate()),
  },
  {
    id: 'floor.idb-write-demo-everything-stored',
    label:
      'Floor: raw IndexedDB write, into the registry’s own stores, of everything the demo load stored: the records, its change set, the totals per park and period (#4)',
    floor: 'floor.idb-write-demo',
    run: ({ page }) => page.evaluate(() => window.bench.rawIdbWriteDemoEverythingStored()),
  },
  {
    id: 'app.registry-read',
    label: 'Registry view read, as at start: tables in one transaction → live records (once)',
    floor: 'floor.idb-read-demo',
    once: true,
    run: ({ page }) => page.evaluate(() => window.bench.registryViewRead()),
  },
  // The edit comes after the registry's read, as in the app: its screens read what the demo load
  // stored before anyone can edit. Timed right after the load instead, the first edits met
  // IndexedDB still busy with the load's 74,701 records (38–91 ms, then 4–5 ms).
  {
    id: 'app.single-edit',
    runs: 7,
    label: 'One edit committed with history (read + save, full registry)',
    target: { ms: 50 },
    run: ({ page }) => page.evaluate(() => window.bench.singleEdit()),
  },
  {
    id: 'app.import-preview',
    label:
      'Import 20k-row workbook: file bytes → preview from the import worker (started, as the import page starts it on opening)',
    floor: 'floor.sheetjs-read',
    target: { ratio: 1.1 },
    run: ({ page }) => page.evaluate(() => window.bench.importPreview()),
  },
  {
    id: 'app.import-commit',
    label: 'Import commit of the workbook’s 20k new enterprises (commitImport: one change set)',
    floor: 'floor.idb-write',
    reference: 'floor.idb-write-everything-stored',
    target: { ratio: 1.2 },
    run: ({ page }) => page.evaluate(() => window.bench.importCommit()),
  },
  {
    id: 'floor.idb-write',
    label:
      'Floor: raw IndexedDB bulk write of the records that commit stored (plain stores: a key, no index; one transaction)',
    measuredBy: 'app.import-commit',
  },
  {
    id: 'floor.idb-write-stores',
    label:
      'Floor: raw IndexedDB write of the records that commit stored, into the registry’s own stores (keys and indexes)',
    floor: 'floor.idb-write',
    measuredBy: 'app.import-commit',
  },
  {
    id: 'floor.idb-write-everything-stored',
    label:
      'Floor: raw IndexedDB write, into the registry’s own stores, of everything that commit stored: the records, the change set with every record’s history (#4), the snapshot before it (#6)',
    floor: 'floor.idb-write',
    measuredBy: 'app.import-commit',
  },
  {
    id: 'app.reimport-unchanged',
    label: 'Re-import of that file after its commit: bytes → worker read → plan says "no changes"',
    floor: 'floor.sheetjs-read',
    target: { ratio: 1.1 },
    run: ({ page }) => page.evaluate(() => window.bench.reimportUnchanged()),
  },
  {
    id: 'app.export',
    label: 'Export of the registry’s enterprises (17k): exchange sheet spec → .xlsx bytes',
    floor: 'floor.sheetjs-write-export',
    target: { ratio: 1.2 },
    run: ({ page }) => page.evaluate(() => window.bench.enterprisesExport()),
  },
  {
    id: 'app.reimport-export',
    label: 'Re-import of that export into the demo’s registry: bytes → plan says "no changes"',
    floor: 'floor.sheetjs-read-export',
    target: { ratio: 1.1 },
    run: ({ page }) => page.evaluate(() => window.bench.reimportExport()),
  },
  {
    id: 'app.grid-first-paint',
    runs: 7,
    label: 'Enterprises grid first paint, full registry (sidebar click → rows painted)',
    floor: 'floor.ag-grid',
    reference: 'floor.ag-grid-app-setup',
    target: { ratio: 1.2 },
    on: 'app',
    run: async ({ app }) => {
      await app.show('dashboard');
      return app.openSection('enterprises');
    },
  },
  {
    id: 'app.search-keystroke',
    runs: 7,
    label: 'Quick-search keystroke → grid updated (key event → new count painted)',
    reference: 'floor.ag-grid-app-setup-keystroke',
    target: { ms: 50 },
    on: 'app',
    run: async ({ app }) => {
      await app.show('enterprises');
      const search = app.page.locator('input.quick-search');
      await search.fill('');
      await app.page.waitForFunction(() => window.benchApp.gridShowsAll());
      await search.focus();
      await app.page.evaluate(() => {
        const before = window.benchApp.gridCount();
        window.benchProbe.armKeystroke(() => window.benchApp.gridCount() !== before);
      });
      // A credit-code digit: it narrows the list without waiting for the 拼音 initials.
      await app.page.keyboard.press('7');
      return app.page.evaluate(() => window.benchProbe.keystrokeLatency());
    },
  },
  {
    id: 'app.dashboard-compute',
    label: 'Dashboard figures: district indicators, park/street breakdown, two trends',
    target: { ms: 300 },
    run: ({ page }) => page.evaluate(() => window.bench.dashboardCompute()),
  },
  {
    id: 'app.dashboard',
    label: 'District dashboard (sidebar click → figures and charts painted)',
    target: { ms: 300 },
    on: 'app',
    run: async ({ app }) => {
      await app.show('enterprises');
      return app.openSection('dashboard');
    },
  },
  {
    id: 'app.cold-start',
    label: 'Cold start to interactive, full registry (navigation → dashboard painted)',
    target: { ms: 1000 },
    on: 'app',
    run: async ({ app }) => {
      await app.relaunch();
      const started = await app.start();
      await app.show('enterprises');
      return { 'app.cold-start': started, 'app.heap': await app.heapMb() };
    },
  },
  {
    id: 'app.heap',
    label: 'Renderer JS heap after GC, full registry (after that start, dashboard and grid shown)',
    unit: 'MB',
    target: { mb: 300 },
    measuredBy: 'app.cold-start',
  },
  {
    id: 'app.longest-task-import',
    label: 'Longest main-thread task during the import read (PerformanceObserver long tasks)',
    target: { ms: 100 },
    measuredBy: 'app.import-preview',
  },
];
