// `npm run bench [-- --quick]`: district-scale measures, each beside its floor measured in the
// same run on the same data, in Debian's Chromium with a persistent on-disk profile (as a
// desktop user has). The floors and the operations that need no screen run in the bench page;
// the screens are measured on the built app with the demo loaded into the same profile. Prints
// a table and writes bench-results/latest.json (`--quick`: one run on a tenth of the data,
// bench-results/quick.json). `--only id,id…` runs just those measures (with the floors they are
// compared with and the measures that time them) into bench-results/only.json: for working on
// one figure; `--full-data` with `--quick` keeps the district-scale data.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { AppSession, benchPageOptions, browserOptions } from './app-session.mjs';
import { CoresBusy } from './cores-busy.mjs';
import { measures } from './measures.mjs';
import { formatTable, summarise } from './report.mjs';

const quick = process.argv.includes('--quick');
const tenth = quick && !process.argv.includes('--full-data');
const onlyArgument = process.argv.indexOf('--only');
const only =
  onlyArgument === -1 ? null : new Set((process.argv[onlyArgument + 1] ?? '').split(','));
const defaultRuns = 3;
const workbookRows = tenth ? 2_000 : 20_000;
/** @type {'district' | 'tenth'} */
const demoScale = tenth ? 'tenth' : 'district';
const resultFile = only
  ? 'bench-results/only.json'
  : quick
    ? 'bench-results/quick.json'
    : 'bench-results/latest.json';

/** @param {import('./measures.mjs').Measure} measure */
function wanted(measure) {
  if (only === null) return true;
  const selected = measures.filter((candidate) => only.has(candidate.id));
  if (measure.measuredBy !== undefined && only.has(measure.measuredBy)) return true;
  return selected.some(
    (candidate) =>
      candidate.id === measure.id ||
      candidate.floor === measure.id ||
      candidate.reference === measure.id ||
      candidate.measuredBy === measure.id,
  );
}
const selectedMeasures = measures.filter(wanted);
if (only !== null && !measures.some((measure) => only.has(measure.id))) {
  console.error(
    `bench: --only names no measure; the ids are: ${measures.map((m) => m.id).join(', ')}`,
  );
  process.exit(2);
}
const startedAt = Date.now();

/** @param {string[]} args */
function npx(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
}

/** @param {number | Record<string, number>} figures */
function describe(figures) {
  const parts = typeof figures === 'number' ? { '': figures } : figures;
  return Object.entries(parts)
    .map(([id, value]) => `${id ? `${id} ` : ''}${value.toFixed(1)}`)
    .join(', ');
}

/** @param {import('vite').PreviewServer} server */
function urlOf(server) {
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('bench: a preview server has no URL');
  return url;
}

npx(['vite', 'build', '-c', 'bench/vite.config.ts']);
npx(['vite', 'build', '--logLevel', 'warn']);

const benchServer = await preview({
  configFile: 'bench/vite.config.ts',
  preview: { port: 4290, strictPort: false, host: '127.0.0.1' },
});
const appServer = await preview({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  preview: { port: 4291, strictPort: false, host: '127.0.0.1' },
});

const profileDir = mkdtempSync(path.join(os.tmpdir(), 'park-ledger-bench-'));
const app = new AppSession({ profileDir, appUrl: urlOf(appServer), demoScale });

/** @type {Map<string, number[]>} */
const samples = new Map();
/**
 * Cores busy during each timing, by measure (only timings long enough to sample).
 * @type {Map<string, number[]>}
 */
const coresBusySamples = new Map();
const coresBusy = new CoresBusy();
coresBusy.start();
/** @type {Record<string, string>} */
const failures = {};
/** @type {unknown} */
let data;
/** @type {import('@playwright/test').Browser | undefined} */
let gridBrowser;
try {
  const context = await chromium.launchPersistentContext(profileDir, browserOptions);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    console.error(`bench page error: ${error.message}`);
  });
  const workbookPath = path.join(profileDir, 'office.xlsx');
  /**
   * Runs the list's measures in order. A floor that a later measure of the list is compared with
   * runs with it instead, one of its runs right before each of the measure's: both then meet the
   * page (its heap, the machine's load) in the same state, rather than the floors all at the
   * start and the app's operations later, with more in memory.
   * @param {import('./measures.mjs').Measure[]} list
   * @param {import('./measures.mjs').MeasureContext} measureContext
   */
  const runAll = async (list, measureContext) => {
    const runnable = list.flatMap(({ run, ...measure }) =>
      run === undefined || measure.unavailable?.() ? [] : [{ ...measure, run }],
    );
    /** @param {import('./measures.mjs').Measure} measure */
    const floorsOf = (measure) =>
      runnable.filter((floor) => floor.id === measure.floor || floor.id === measure.reference);
    const paired = new Set(runnable.flatMap((measure) => floorsOf(measure).map((f) => f.id)));
    for (const measure of runnable) {
      if (paired.has(measure.id)) continue;
      const times = quick || measure.once ? 1 : (measure.runs ?? defaultRuns);
      let running = measure;
      try {
        for (let i = 0; i < times; i += 1) {
          for (running of [...floorsOf(measure), measure]) {
            const figures = await running.run(measureContext);
            for (const [id, value] of Object.entries(
              typeof figures === 'number' ? { [running.id]: figures } : figures,
            )) {
              samples.set(id, [...(samples.get(id) ?? []), value]);
              const unit = measures.find((candidate) => candidate.id === id)?.unit ?? 'ms';
              const cores = unit === 'ms' ? coresBusy.during(value) : null;
              if (cores !== null) {
                coresBusySamples.set(id, [...(coresBusySamples.get(id) ?? []), cores]);
              }
            }
            console.log(`  ${running.id} ${String(i + 1)}/${String(times)}: ${describe(figures)}`);
          }
        }
      } catch (error) {
        // One broken measure must not cost the others their figures; the run still fails.
        const failed = running.id;
        failures[failed] = error instanceof Error ? error.message : String(error);
        for (const part of measures) {
          if (part.id === failed || part.measuredBy === failed) samples.delete(part.id);
        }
        console.error(`bench: ${failed} failed: ${failures[failed] ?? ''}`);
      }
    }
  };
  try {
    await page.goto(urlOf(benchServer));
    await page.waitForFunction(() => 'bench' in window);
    const prepared = await page.evaluate(({ rows, scale }) => window.bench.prepare(rows, scale), {
      rows: workbookRows,
      scale: demoScale,
    });
    data = prepared;
    console.log(
      `data: workbook ${prepared.officeRows.toLocaleString()} rows (${(prepared.workbookBytes / 2 ** 20).toFixed(1)} MB); ` +
        `demo ${prepared.demo.parks} parks, ${prepared.demo.enterprises.toLocaleString()} enterprises, ` +
        `${prepared.demo.reports.toLocaleString()} reports (${prepared.demo.storedRecords.toLocaleString()} stored records)`,
    );
    writeFileSync(
      workbookPath,
      Buffer.from(await page.evaluate(() => window.bench.workbookBase64()), 'base64'),
    );
    await runAll(
      selectedMeasures.filter((measure) => measure.on === undefined),
      { page, app, workbookPath, outDir: profileDir },
    );
  } finally {
    await context.close();
  }

  const besideApp = selectedMeasures.filter((measure) => measure.on !== undefined);
  if (besideApp.length > 0) {
    /** @type {import('@playwright/test').Page | undefined} */
    let gridPage;
    if (besideApp.some((measure) => measure.on === 'grid-page')) {
      gridBrowser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      gridPage = await gridBrowser.newPage(benchPageOptions);
      await gridPage.goto(urlOf(benchServer));
      await gridPage.waitForFunction(() => 'bench' in window);
      await gridPage.evaluate((scale) => window.bench.prepareGrid(scale), demoScale);
    }
    await app.launch();
    const demoMs = await app.loadDemo();
    const settledMs = await app.settle();
    console.log(
      `app: demo loaded into the profile through ?demo=load in ${(demoMs / 1000).toFixed(1)} s; ` +
        `settled for ${(settledMs / 1000).toFixed(1)} s before the first measure`,
    );
    await runAll(besideApp, { page: app.page, app, gridPage, workbookPath, outDir: profileDir });
  }
} finally {
  coresBusy.stop();
  await gridBrowser?.close();
  await app.close();
  await benchServer.close();
  await appServer.close();
  rmSync(profileDir, { recursive: true, force: true });
}

const rows = selectedMeasures.map((measure) => {
  const failure = failures[measure.id];
  return summarise(
    measure,
    Object.fromEntries(samples),
    Object.fromEntries(coresBusySamples),
    failure === undefined ? (measure.unavailable?.() ?? null) : `failed: ${failure}`,
  );
});

const chromiumVersion = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' })
  .stdout.trim()
  .split('\n')[0];
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? '',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  chromium: chromiumVersion ?? '',
  loadAverageAtEnd: os.loadavg().map((load) => Math.round(load * 100) / 100),
};
const minutes = (Date.now() - startedAt) / 60_000;

console.log(formatTable(rows));
console.log(
  `\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.chromium}; ` +
    `load average ${machine.loadAverageAtEnd.join(' ')}; ${minutes.toFixed(1)} min`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  resultFile,
  JSON.stringify({ date: new Date().toISOString(), quick, minutes, data, machine, rows }, null, 2),
);
console.log(`written to ${resultFile}`);

// Every measure that can run here must have run; in --quick mode that is all it asserts.
const didNotRun = rows.filter(
  (row) => row.status === 'did not run' || row.status.startsWith('failed'),
);
if (didNotRun.length > 0) {
  console.error(`bench: measures that did not run: ${didNotRun.map((row) => row.id).join(', ')}`);
  process.exit(1);
}
