// `npm run bench [-- --quick]`: district-scale measures, each beside its floor measured in the
// same run on the same data, in Debian's Chromium with a persistent on-disk profile (as a
// desktop user has). Prints a table and writes bench-results/latest.json.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { measures } from './measures.mjs';
import { formatTable, summarise } from './report.mjs';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 3;
const enterpriseCount = quick ? 2_000 : 20_000;
const resultFile = quick ? 'bench-results/quick.json' : 'bench-results/latest.json';

/** @param {string[]} args */
function npx(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
}

npx(['vite', 'build', '-c', 'bench/vite.config.ts']);

const server = await preview({
  configFile: 'bench/vite.config.ts',
  preview: { port: 4290, strictPort: false, host: '127.0.0.1' },
});
const benchUrl = server.resolvedUrls?.local[0];
if (benchUrl === undefined) throw new Error('bench server has no URL');

const profileDir = mkdtempSync(path.join(os.tmpdir(), 'park-ledger-bench-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
  viewport: { width: 1360, height: 860 },
});

/** @type {Record<string, number[]>} */
const samples = {};
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    console.error(`bench page error: ${error.message}`);
  });
  await page.goto(benchUrl);
  await page.waitForFunction(() => 'bench' in window);
  const prepared = await page.evaluate((count) => window.bench.prepare(count), enterpriseCount);
  console.log(
    `data: ${prepared.rows.toLocaleString()} enterprises, workbook ${(prepared.workbookBytes / 1024 / 1024).toFixed(1)} MB`,
  );

  const workbookPath = path.join(profileDir, 'office.xlsx');
  writeFileSync(
    workbookPath,
    Buffer.from(await page.evaluate(() => window.bench.workbookBase64()), 'base64'),
  );

  for (const measure of measures) {
    const run = measure.run;
    if (run === undefined || measure.unavailable?.()) continue;
    for (let i = 0; i < runs; i += 1) {
      (samples[measure.id] ??= []).push(await run({ page, workbookPath, outDir: profileDir }));
    }
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

const rows = measures.map((measure) =>
  summarise(measure, samples, measure.unavailable?.() ?? null),
);

console.log(formatTable(rows));
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  resultFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      quick,
      enterprises: enterpriseCount,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
      },
      rows,
    },
    null,
    2,
  ),
);
console.log(`\nwritten to ${resultFile}`);

// Every measure that can run here must have run; in --quick mode that is all it asserts.
const didNotRun = rows.filter((row) => row.status === 'did not run');
if (didNotRun.length > 0) {
  console.error(`bench: measures that did not run: ${didNotRun.map((row) => row.id).join(', ')}`);
  process.exit(1);
}
