// What `npm run bench` measures. Floors are what the platform does with no app code; each app
// operation names its floor and its target from the issues. A measure that cannot run here says
// why (`unavailable`), and the app operations not built yet say which issue brings them.
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ page: import('@playwright/test').Page, workbookPath: string, outDir: string }} MeasureContext
 * @typedef {{ ratio: number } | { ms: number } | { mb: number }} Target
 * @typedef {{
 *   id: string,
 *   label: string,
 *   floor?: string,
 *   target?: Target,
 *   unit?: 'ms' | 'MB',
 *   unavailable?: () => string | null,
 *   run?: (context: MeasureContext) => Promise<number>,
 * }} Measure
 */

function hasLibreOffice() {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
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
    id: 'floor.idb-write',
    label: 'Floor: raw IndexedDB bulk write of the same records',
    run: ({ page }) => page.evaluate(() => window.bench.rawIdbWrite()),
  },
  {
    id: 'floor.idb-read',
    label: 'Floor: raw IndexedDB full read of the same records',
    run: ({ page }) => page.evaluate(() => window.bench.rawIdbRead()),
  },
  {
    id: 'floor.ag-grid',
    label: 'Floor: bare ag-grid first paint of the same rows',
    run: ({ page }) => page.evaluate(() => window.bench.bareGrid()),
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
    label: 'Demo load (17k enterprises, ~400k report rows)',
    floor: 'floor.idb-write',
    target: { ratio: 1.2 },
    unavailable: () => 'pending: demo loader (issue 4)',
  },
  {
    id: 'app.import-preview',
    label: 'Import 20k-row workbook: file chosen → preview ready',
    floor: 'floor.sheetjs-read',
    target: { ratio: 1.1 },
    unavailable: () => 'pending: import pipeline (issue 6)',
  },
  {
    id: 'app.import-commit',
    label: 'Import commit of 20k new records',
    floor: 'floor.idb-write',
    target: { ratio: 1.2 },
    unavailable: () => 'pending: import commit (issue 6)',
  },
  {
    id: 'app.reimport-unchanged',
    label: 'Re-import of the unchanged file → "no changes"',
    floor: 'floor.sheetjs-read',
    target: { ratio: 1.1 },
    unavailable: () => 'pending: import pipeline (issue 6)',
  },
  {
    id: 'app.export',
    label: 'Export of 20k enterprises with latest report',
    floor: 'floor.sheetjs-write',
    target: { ratio: 1.2 },
    unavailable: () => 'pending: export (issue 7)',
  },
  {
    id: 'app.reimport-export',
    label: 'Re-import of that export → "no changes"',
    floor: 'floor.sheetjs-read',
    target: { ratio: 1.1 },
    unavailable: () => 'pending: round trip (issue 7)',
  },
  {
    id: 'app.grid-first-paint',
    label: 'Enterprises grid first paint, full registry',
    floor: 'floor.ag-grid',
    target: { ratio: 1.2 },
    unavailable: () => 'pending: enterprises screen (issue 5)',
  },
  {
    id: 'app.search-keystroke',
    label: 'Quick-search keystroke → grid updated',
    target: { ms: 50 },
    unavailable: () => 'pending: enterprises screen (issue 5)',
  },
  {
    id: 'app.dashboard-compute',
    label: 'Dashboard figures: district indicators, park/street breakdown, two trends',
    target: { ms: 300 },
    run: ({ page }) => page.evaluate(() => window.bench.dashboardCompute()),
  },
  {
    id: 'app.dashboard',
    label: 'District dashboard',
    target: { ms: 300 },
    unavailable: () => 'pending: dashboard (issue 5)',
  },
  {
    id: 'app.cold-start',
    label: 'Cold start to interactive, full registry',
    target: { ms: 1000 },
    unavailable: () => 'pending: registry UI (issue 5)',
  },
  {
    id: 'app.heap',
    label: 'Renderer JS heap, full registry',
    unit: 'MB',
    target: { mb: 300 },
    unavailable: () => 'pending: registry UI (issue 5)',
  },
  {
    id: 'app.longest-task-import',
    label: 'Longest main-thread task during import',
    target: { ms: 100 },
    unavailable: () => 'pending: import in a worker (issue 6)',
  },
];
