/**
 * Every kind of export opens in LibreOffice: each workbook is converted to CSV by `soffice
 * --headless` (one call for all files, every sheet), and the CSV says what we wrote — record
 * sheets read back through our own import (locate, map, normalise) to the exported values,
 * formula-like text still text, the other sheets cell for cell. Skipped where LibreOffice is
 * not installed (`.ci/run` installs Debian's libreoffice-calc).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../shared/indicators/indicators';
import { generateDemoRegistry } from '../shared/demo/generate-demo';
import {
  buildExchangeWorkbook,
  type ExchangeWorkbook,
} from '../shared/exchange/exchange-format/build-exchange-workbook';
import { hashedFields } from '../shared/exchange/exchange-format/exchange-sheets';
import type { ExchangeRecords } from '../shared/exchange/exchange-format/exchange-records';
import type { CellSpec, WorkbookSpec } from '../shared/exchange/exchange-format/workbook-spec';
import { indicatorWorkbook } from '../shared/exchange/indicator-workbook/indicator-workbook';
import { locateSheet } from '../shared/exchange/layout/locate-sheet';
import { anExportOptions } from '../shared/exchange/test-support/exchange-records';
import { normaliseRow } from '../shared/exchange/values/normalise-row';
import { readWorkbook } from '../shared/exchange/workbook/read-workbook';
import { cellText, type SheetGrid } from '../shared/exchange/workbook/sheet-grid';
import { writeWorkbook } from '../shared/exchange/workbook-writer/write-workbook';
import { liveRecords } from '../shared/indicators/indicator-input';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasLibreOffice = soffice.status === 0;

/** UTF-8, comma, quote, and every sheet to its own file (LibreOffice 7.2+), values unformatted. */
const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const injections = ['=HYPERLINK("http://x","点我")', '+8610', '-1+2', '@SUM(A1)', '＝1+1', '＠A'];

function demoRecords(): ExchangeRecords {
  const demo = generateDemoRegistry({ enterprises: 60, parks: 21, seed: 13 });
  const [first, second, ...parks] = demo.parks;
  if (first === undefined || second === undefined) throw new Error('demo without parks');
  // Names and notes a hostile or careless sender could write.
  const hostile = [
    { ...first, name: injections[0] ?? '', notes: injections.join(' ') },
    { ...second, address: injections[1], contactName: injections[3] },
    ...parks,
  ];
  return { ...liveRecords({ ...demo, parks: hostile }), plans: demo.plans };
}

interface Written {
  readonly name: string;
  readonly spec: WorkbookSpec;
  readonly exchange?: ExchangeWorkbook;
}

function exportsToCheck(): Written[] {
  const records = demoRecords();
  const registry = buildExchangeWorkbook(records, anExportOptions());
  const park = records.parks[0];
  if (park === undefined) throw new Error('no park');
  const parkReport = buildExchangeWorkbook(
    records,
    anExportOptions({ scope: { kind: 'parks', parkIds: [park.id] } }),
  );
  const revenueForm = buildExchangeWorkbook(
    records,
    anExportOptions({
      scope: { kind: 'parks', parkIds: [park.id] },
      entities: ['revenue'],
      revenueForm: true,
    }),
  );
  const demo = generateDemoRegistry({ enterprises: 60, parks: 21, seed: 13 });
  const indicators = indicatorWorkbook(computeIndicators(demo, { kind: 'district' }, '2024-10'), {
    scopeText: '全区',
    exportedAtText: '2024-11-05 14:30',
    exportedBy: '测试',
  });
  return [
    { name: 'registry', spec: registry.spec, exchange: registry },
    { name: 'park', spec: parkReport.spec, exchange: parkReport },
    { name: 'form', spec: revenueForm.spec, exchange: revenueForm },
    { name: 'indicators', spec: indicators },
  ];
}

let directory = '';
let written: Written[] = [];

function csvSheet(file: string, sheet: string): SheetGrid {
  const path = join(directory, 'csv', `${file}-${sheet}.csv`);
  const read = readWorkbook(new Uint8Array(readFileSync(path)), `${file}-${sheet}.csv`);
  if (!read.ok) throw new Error(`${path}: ${read.error.message.en}`);
  const [grid] = read.workbook.sheets;
  if (grid === undefined) throw new Error(`${path} has no sheet`);
  return grid;
}

/** What LibreOffice's unformatted CSV shows for a cell we wrote. */
function expectedText(cell: CellSpec): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date;
  }
}

describe.skipIf(!hasLibreOffice)(
  'exports opened in LibreOffice (skipped: soffice not installed)',
  () => {
    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'park-ledger-lo-'));
      written = exportsToCheck();
      for (const file of written) {
        writeFileSync(join(directory, `${file.name}.xlsx`), await writeWorkbook(file.spec));
      }
      const converted = spawnSync(
        'soffice',
        [
          // A profile of its own: no lock left by another LibreOffice can stop this one.
          `-env:UserInstallation=${pathToFileURL(join(directory, 'profile')).href}`,
          '--headless',
          '--convert-to',
          csvFilter,
          '--outdir',
          join(directory, 'csv'),
          ...written.map((file) => join(directory, `${file.name}.xlsx`)),
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
    }, 180_000);

    afterAll(() => {
      if (directory !== '') rmSync(directory, { recursive: true, force: true });
    });

    it('reads every record sheet back to the exported values, formula-like text as text', () => {
      for (const file of written) {
        for (const sheet of file.exchange?.content ?? []) {
          const located = locateSheet(csvSheet(file.name, sheet.definition.name), 0);
          expect(located.entity, `${file.name}/${sheet.definition.name}`).toBe(
            sheet.definition.entity,
          );
          expect(located.dataRows).toHaveLength(sheet.rows.length);
          const fields = hashedFields(sheet.definition);
          located.dataRows.forEach((dataRow, index) => {
            const row = normaliseRow(located, dataRow);
            expect(row.problems).toEqual([]);
            const values = Object.fromEntries(
              fields.map((field) => [field, row.values[field] ?? null]),
            );
            const exported = sheet.rows[index]?.values ?? {};
            expect(values).toEqual(
              Object.fromEntries(fields.map((field) => [field, exported[field] ?? null])),
            );
          });
        }
      }
      const parks = csvSheet('registry', '园区');
      expect(parks.rows.some((row) => cellText(row[2]) === injections[0])).toBe(true);
    });

    it('shows 说明, the indicators and the meta sheet cell for cell', () => {
      for (const file of written) {
        for (const sheet of file.spec.sheets) {
          if (file.exchange !== undefined && sheet.name !== '说明' && sheet.name !== '_meta')
            continue;
          const grid = csvSheet(file.name, sheet.name);
          sheet.rows.forEach((row, rowIndex) => {
            const shown = row.cells.map((_, column) => cellText(grid.rows[rowIndex]?.[column]));
            const expected = row.cells.map(expectedText);
            shown.forEach((text, column) => {
              const want = expected[column] ?? '';
              const cell = row.cells[column];
              if (cell?.kind === 'number') expect(Number(text)).toBeCloseTo(cell.value, 6);
              else
                expect(text, `${file.name}/${sheet.name} row ${String(rowIndex + 1)}`).toBe(want);
            });
          });
        }
      }
    });
  },
);
