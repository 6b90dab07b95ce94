/**
 * 数据交换 → 汇总各园区的交换表: the district office receives two parks' reports. The second park
 * also lists a tenant of the first, with another registered capital than the first states. Both files are chosen at
 * once; the enterprise reported twice and the capital reported two ways are listed with their
 * files and rows, and the consolidated workbook is saved with its 待核实 sheet.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, test } from './fixtures';
import { editedElsewhere, withRowAdded, withoutSavePicker } from './workbook-edits';

test.describe.configure({ timeout: 120_000 });

async function downloaded(download: Promise<Download>): Promise<Buffer> {
  return readFile(await (await download).path());
}

async function parkReport(page: Page, parkName: string): Promise<Buffer> {
  const panel = page.getByRole('region', { name: '导出' });
  await panel.getByLabel('园区').selectOption({ label: parkName });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出本园区报表' }).click();
  return downloaded(download);
}

/** The 企业 sheet's headers that begin with each given name, mapped to the cell under them. */
function enterpriseRow(
  bytes: Buffer,
  cells: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const sheet = XLSX.read(bytes, { type: 'buffer' }).Sheets['企业'];
  if (sheet === undefined) throw new Error('The report has a 企业 sheet');
  const [headers = []] = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
  return Object.fromEntries(
    Object.entries(cells).map(([name, value]) => {
      const header = headers.find((cell) => cell.startsWith(name));
      if (header === undefined) throw new Error(`No ${name} column`);
      return [header, value];
    }),
  );
}

test('the office consolidates two parks’ workbooks and sees what was reported twice', async ({
  page,
  consoleErrors,
}) => {
  const registry = parkRegistry();
  const [first] = registry.tenants;
  if (first === undefined) throw new Error('The fixture has tenants');
  const { enterprise } = first;
  await withoutSavePicker(page);
  await restoreRegistry(page, registry.backup);
  await page.goto('./#/exchange');

  // The first park states the tenant's capital as 1,500 万元; the second, listing it too, 2,000.
  const fromFirstPark = editedElsewhere(
    await parkReport(page, registry.parkName),
    enterprise.name,
    {
      注册资本: 1500,
    },
  );
  const secondPark = await parkReport(page, registry.otherParkName);
  const fromSecondPark = withRowAdded(
    secondPark,
    '企业',
    enterpriseRow(secondPark, {
      企业名称: enterprise.name,
      统一社会信用代码: enterprise.creditCode,
      注册资本: 2000,
    }),
  );

  const panel = page.getByRole('region', { name: '汇总各园区的交换表' });
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: '选择多个交换表…' }).click();
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await (
    await chooser
  ).setFiles([
    { name: `${registry.parkName}.xlsx`, mimeType: xlsx, buffer: fromFirstPark },
    { name: `${registry.otherParkName}.xlsx`, mimeType: xlsx, buffer: fromSecondPark },
  ]);

  await expect(panel.getByRole('status')).toContainText('已汇总 2 个文件');
  const files = panel.getByRole('table', { name: '读取的文件' });
  await expect(files.getByRole('row')).toHaveCount(3);
  await expect(files).toContainText(`${registry.otherParkName}.xlsx`);
  const twice = panel.getByRole('listitem').filter({ hasText: enterprise.creditCode }).first();
  await expect(twice).toContainText(`${registry.parkName}.xlsx 企业`);
  await expect(twice).toContainText(`${registry.otherParkName}.xlsx 企业`);
  const capital = panel.getByRole('listitem').filter({ hasText: '“注册资本”' });
  await expect(capital).toContainText(enterprise.creditCode);
  await expect(capital).toContainText(`${registry.parkName}.xlsx 企业 第 2 行：1,500 万元`);
  await expect(capital).toContainText(`${registry.otherParkName}.xlsx 企业 第 3 行：2,000 万元`);
  await panel.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'consolidation');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '保存汇总表…' }).click();
  const merged = XLSX.read(await downloaded(download), { type: 'buffer' });
  expect(merged.SheetNames).toContain('待核实');
  await expect(panel.getByRole('status')).toContainText('已保存为');

  // In English the same findings read in English, the figures as the workbook states them.
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('region', { name: 'Consolidate the parks’ exchange workbooks' });
  await expect(english.getByRole('heading', { name: 'Values that disagree (1)' })).toBeVisible();
  await expect(english.getByRole('status')).toContainText('Saved as');
  await expect(english).toContainText(`${registry.parkName}.xlsx 企业 row 2: 1,500 万元`);
  await english.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'consolidation-english');
  expect(consoleErrors).toEqual([]);
});
