/**
 * 数据交换 → 导出: a manager exports the whole registry, a park's revenue form and the district
 * indicators, and each file is a workbook our own reader opens, with the exchange meta sheet.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readExchangeMeta } from '../../shared/exchange/exchange-format/exchange-meta';
import { readWorkbook } from '../../shared/exchange/workbook/read-workbook';
import { restoreRegistry } from './backup-fixture';
import { cultivationRegistry } from './cultivation-fixture';
import { expect, saveScreenshot, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** The browser twin's download path: the save picker would need a person to click. */
async function withoutSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
}

async function downloadedWorkbook(download: Download) {
  const path = await download.path();
  const read = readWorkbook(new Uint8Array(await readFile(path)), download.suggestedFilename());
  if (!read.ok) throw new Error(read.error.message.en);
  return read.workbook;
}

/** The district's own revenue form: a title, a header with units, a styled empty row. */
async function officeTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('营收');
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').value = '园区入驻企业营业收入报表';
  sheet.getRow(2).values = ['序号', '企业名称', '统一社会信用代码', '营业收入（万元）', '审核意见'];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a manager exports the registry, a revenue form and the indicators', async ({
  page,
  consoleErrors,
}) => {
  const fixture = cultivationRegistry();
  await withoutSavePicker(page);
  await restoreRegistry(page, fixture.backup);
  await page.goto('./#/exchange');
  const panel = page.getByRole('region', { name: '导出' });
  await expect(panel.getByRole('button', { name: '导出全部台账' })).toBeEnabled();
  await saveScreenshot(page, 'exchange-export');

  const registryDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出全部台账' }).click();
  const registry = await downloadedWorkbook(await registryDownload);
  await expect(panel.getByRole('status')).toContainText('已导出 园区台账交换表-全区');
  expect(registry.sheets.map((sheet) => sheet.name)).toEqual([
    '说明',
    '园区',
    '企业',
    '入驻',
    '营收',
    '培育进展',
    '培育里程碑',
    '活动',
    '融资',
    '_lists',
    '_meta',
  ]);
  const meta = readExchangeMeta(registry);
  expect(meta.ok && meta.meta.records.filter((record) => record.sheet === '园区')).toHaveLength(3);

  await panel.getByLabel('园区').selectOption({ label: fixture.keyPark });
  await panel.getByLabel('统计期').selectOption({ label: '2024年' });
  const formDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出营收填报表' }).click();
  const form = await downloadedWorkbook(await formDownload);
  expect(form.sheets.map((sheet) => sheet.name)).toEqual(['说明', '营收', '_lists', '_meta']);
  // The header and one row per tenant of the park.
  expect(form.sheets[1]?.rows).toHaveLength(3);
  await expect(panel.getByRole('status')).toContainText('（2 条记录）');

  const indicatorsDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出区级主要指标' }).click();
  const indicators = await downloadedWorkbook(await indicatorsDownload);
  expect(indicators.sheets[0]?.rows[0]?.[0]?.value).toBe('全区文化产业主要指标（2024年）');
  await expect(panel.getByRole('status')).toContainText('已导出 主要指标-全区-2024年');

  const chooser = page.waitForEvent('filechooser');
  const filledDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: '填入区里的模板…' }).click();
  await (
    await chooser
  ).setFiles({
    name: '区里的营收模板.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await officeTemplate(),
  });
  const filled = await downloadedWorkbook(await filledDownload);
  expect(filled.sheets[0]?.rows[0]?.[0]?.value).toBe('园区入驻企业营业收入报表');
  expect(filled.sheets[0]?.rows.slice(2).map((row) => row[0]?.value)).toEqual([1, 2]);
  await expect(panel.getByRole('status')).toContainText('请手工填写：审核意见');
  await saveScreenshot(page, 'exchange-exported');
  expect(consoleErrors).toEqual([]);
});
