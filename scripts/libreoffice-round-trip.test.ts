/**
 * A 园区台账交换表 edited in LibreOffice and sent back: the export is converted to flat ODF
 * (`soffice --headless --convert-to fods`), cells are typed over in its XML as a person would
 * type them, and the file is converted back to .xlsx (one soffice call each way, a LibreOffice
 * profile of its own). Compared with the registry, exactly those edits are "changed there";
 * with a record edited here meanwhile, the same file shows the conflict; formula-like text,
 * exported or typed there, comes back as text. Skipped where LibreOffice is not installed
 * (`.ci/run` installs Debian's libreoffice-calc).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../shared/enterprises/enterprise';
import { buildExchangeWorkbook } from '../shared/exchange/exchange-format/build-exchange-workbook';
import type { ExchangeRecords } from '../shared/exchange/exchange-format/exchange-records';
import { compareWithRegistry } from '../shared/exchange/round-trip/compare-with-registry';
import { anExportOptions } from '../shared/exchange/test-support/exchange-records';
import { xlsxPackageEntry } from '../shared/exchange/test-support/xlsx-package';
import { readWorkbook, type ParsedWorkbook } from '../shared/exchange/workbook/read-workbook';
import { writeWorkbook } from '../shared/exchange/workbook-writer/write-workbook';
import { liveRecords } from '../shared/indicators/indicator-input';
import {
  aPark,
  aPlan,
  aTenant,
  registryOf,
  validCreditCodes,
} from '../shared/test-support/builders';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasLibreOffice = soffice.status === 0;

const park = aPark({
  name: '测试文化创意园',
  contactName: '王园长',
  // Exported formula-like text, to come back as text and unchanged.
  notes: '=HYPERLINK("http://x","点我")',
  operatorName: '＠运营方',
  certifications: [
    { year: 2016, tier: 'district' },
    { year: 2019, tier: 'municipal' },
  ],
});

const tenants = ['甲', '乙', '丙'].map((suffix, index) =>
  aTenant({
    parkId: park.id,
    enterprise: {
      name: `北京测试${suffix}文化传媒有限公司`,
      creditCode: validCreditCodes[index],
      contactName: `联系人${suffix}`,
      notes: `备注${suffix}`,
      digitalCulture: true,
      digitalCultureClassId: 6,
      tags: ['listed'],
    },
    report: { period: '2024-10', revenueYuan: 1_250_000 * (index + 1) },
  }),
);

const records: ExchangeRecords = {
  ...liveRecords(registryOf(tenants, { parks: [park] })),
  plans: [
    aPlan({
      parkId: park.id,
      baselineYuan: 2_000_000_000,
      milestones: [
        { id: 'milestone-1', title: '引入头部企业', dueOn: '2025-06-30', status: 'in-progress' },
      ],
    }),
  ],
};

function enterprise(index: number): Enterprise {
  const found = tenants[index]?.enterprise;
  if (found === undefined) throw new Error(`no enterprise ${String(index)}`);
  return found;
}

/** An edit typed in LibreOffice: on a sheet's Excel row, a cell's text replaced. */
interface TypedEdit {
  readonly sheet: string;
  readonly row: number;
  readonly from: string;
  readonly to: string;
}

const typed: readonly TypedEdit[] = [
  { sheet: '园区', row: 2, from: '王园长', to: '-5' },
  { sheet: '园区', row: 2, from: '2016年 区级', to: '2014年 区级、2016年 区级' },
  { sheet: '企业', row: 2, from: '联系人甲', to: '对方改甲' },
  { sheet: '企业', row: 2, from: '备注甲', to: '＝1+1' },
  { sheet: '企业', row: 3, from: '上市', to: '上市、专精特新' },
  { sheet: '企业', row: 3, from: '6 动漫、游戏数字内容服务', to: '4 数字出版' },
  { sheet: '企业', row: 3, from: '备注乙', to: '+8610' },
  { sheet: '企业', row: 4, from: '备注丙', to: '@SUM(A1)' },
  { sheet: '企业', row: 4, from: '联系人丙', to: '=DISPIMG("ID_1",1)' },
  { sheet: '培育里程碑', row: 2, from: '进行中', to: '已完成' },
];

function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The flat ODF with each edit made: the sheet's table, its row (rows of a record are never
 * repeated, so the n-th table-row is Excel's row n), the cell's paragraph text replaced.
 */
function typedOver(fods: string, edits: readonly TypedEdit[]): string {
  let edited = fods;
  for (const edit of edits) {
    const tableStart = edited.indexOf(`<table:table table:name="${edit.sheet}"`);
    const tableEnd = edited.indexOf('</table:table>', tableStart);
    if (tableStart === -1) throw new Error(`no sheet ${edit.sheet} in the flat ODF`);
    const rows = [
      ...edited
        .slice(tableStart, tableEnd)
        .matchAll(/<table:table-row[ >][\s\S]*?<\/table:table-row>/g),
    ];
    const row = rows[edit.row - 1];
    if (row === undefined) throw new Error(`no row ${String(edit.row)} on ${edit.sheet}`);
    const rowStart = tableStart + row.index;
    const before = `<text:p>${xmlText(edit.from)}</text:p>`;
    const at = row[0].indexOf(before);
    if (at === -1) throw new Error(`“${edit.from}” not on ${edit.sheet} row ${String(edit.row)}`);
    edited =
      edited.slice(0, rowStart + at) +
      `<text:p>${xmlText(edit.to)}</text:p>` +
      edited.slice(rowStart + at + before.length);
  }
  return edited;
}

function runSoffice(directory: string, args: readonly string[]): void {
  const converted = spawnSync(
    'soffice',
    [
      // A profile of its own: no lock left by another LibreOffice can stop this one.
      `-env:UserInstallation=${pathToFileURL(join(directory, 'profile')).href}`,
      '--headless',
      ...args,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
}

let directory = '';
let returnedBytes = new Uint8Array();
let returned: ParsedWorkbook | undefined;

function returnedWorkbook(): ParsedWorkbook {
  if (returned === undefined) throw new Error('the edited workbook was not read');
  return returned;
}

/** Every cell not unchanged, as [record, field, status, value there]. */
function differences(registry: ExchangeRecords): unknown[] {
  const result = compareWithRegistry(returnedWorkbook(), registry);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.sheets.flatMap((sheet) =>
    sheet.comparisons.flatMap((comparison): unknown[] =>
      comparison.kind !== 'matched'
        ? [[sheet.name, comparison.kind]]
        : comparison.cells
            .filter((cell) => cell.status !== 'unchanged')
            .map((cell) => [comparison.recordId, cell.field, cell.status, cell.theirs]),
    ),
  );
}

describe.skipIf(!hasLibreOffice)(
  'an exchange workbook edited in LibreOffice (skipped: soffice not installed)',
  () => {
    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'park-ledger-lo-edit-'));
      const exported = buildExchangeWorkbook(records, anExportOptions());
      writeFileSync(join(directory, '交换表.xlsx'), await writeWorkbook(exported.spec));
      runSoffice(directory, [
        '--convert-to',
        'fods',
        '--outdir',
        join(directory, 'flat'),
        join(directory, '交换表.xlsx'),
      ]);
      const fods = readFileSync(join(directory, 'flat', '交换表.fods'), 'utf8');
      writeFileSync(join(directory, '返回的交换表.fods'), typedOver(fods, typed));
      runSoffice(directory, [
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(directory, 'back'),
        join(directory, '返回的交换表.fods'),
      ]);
      returnedBytes = new Uint8Array(readFileSync(join(directory, 'back', '返回的交换表.xlsx')));
      const read = readWorkbook(returnedBytes, '返回的交换表.xlsx');
      if (!read.ok) throw new Error(read.error.message.en);
      returned = read.workbook;
    }, 240_000);

    afterAll(() => {
      if (directory !== '') rmSync(directory, { recursive: true, force: true });
    });

    it('shows exactly the cells typed there as changed there, in the registry’s values', () => {
      expect(differences(records)).toEqual([
        [park.id, 'earlierCertifications', 'changed-there', ['2014:district', '2016:district']],
        [park.id, 'contactName', 'changed-there', '-5'],
        [enterprise(0).id, 'contactName', 'changed-there', '对方改甲'],
        [enterprise(0).id, 'notes', 'changed-there', '＝1+1'],
        [enterprise(1).id, 'digitalCultureClass', 'changed-there', 4],
        [enterprise(1).id, 'enterpriseTags', 'changed-there', ['listed', 'specialised-innovative']],
        [enterprise(1).id, 'notes', 'changed-there', '+8610'],
        // WPS's picture formula as text: kept, and reported as no value to import.
        [enterprise(2).id, 'contactName', 'unreadable', null],
        [enterprise(2).id, 'notes', 'changed-there', '@SUM(A1)'],
        ['milestone-1', 'milestoneStatus', 'changed-there', 'done'],
      ]);
    });

    it('shows a cell edited here meanwhile as a conflict, and one edited only here as ours', () => {
      const editedHere = (index: number, change: Partial<Enterprise>): Enterprise => ({
        ...enterprise(index),
        ...change,
        version: enterprise(index).version + 1,
      });
      const registry: ExchangeRecords = {
        ...records,
        enterprises: [
          editedHere(0, { contactName: '本方改甲' }),
          editedHere(1, { contactPhone: '010-12345678' }),
          enterprise(2),
        ],
      };
      expect(differences(registry)).toEqual([
        [park.id, 'earlierCertifications', 'changed-there', ['2014:district', '2016:district']],
        [park.id, 'contactName', 'changed-there', '-5'],
        [enterprise(0).id, 'contactName', 'conflict', '对方改甲'],
        [enterprise(0).id, 'notes', 'changed-there', '＝1+1'],
        [enterprise(1).id, 'digitalCultureClass', 'changed-there', 4],
        [enterprise(1).id, 'enterpriseTags', 'changed-there', ['listed', 'specialised-innovative']],
        [enterprise(1).id, 'contactPhone', 'changed-here', null],
        [enterprise(1).id, 'notes', 'changed-there', '+8610'],
        [enterprise(2).id, 'contactName', 'unreadable', null],
        [enterprise(2).id, 'notes', 'changed-there', '@SUM(A1)'],
        ['milestone-1', 'milestoneStatus', 'changed-there', 'done'],
      ]);
    });

    it('keeps formula-like text as text cells, never formulas', () => {
      const workbook = returnedWorkbook();
      // The cells' own values: text stays a string, where -5 turned number would not match.
      const texts = workbook.sheets.flatMap((sheet) =>
        sheet.rows.flatMap((row) => row.map((cell) => cell?.value)),
      );
      for (const text of [
        '=HYPERLINK("http://x","点我")',
        '＠运营方',
        '-5',
        '＝1+1',
        '+8610',
        '@SUM(A1)',
        '=DISPIMG("ID_1",1)',
      ]) {
        expect(texts).toContain(text);
      }
      for (const sheet of ['sheet2', 'sheet3']) {
        expect(xlsxPackageEntry(returnedBytes, `xl/worksheets/${sheet}.xml`)).not.toContain('<f>');
      }
    });
  },
);
