import * as XLSX from 'xlsx';
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, test } from './fixtures';

const registry = parkRegistry();

/** Any small workbook: the title only cares that an import is under review. */
function tenantList(): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['企业名称', '统一社会信用代码'],
      ['北京星河文化传媒有限公司', '91110108551385082Q'],
    ]),
    '企业名单',
  );
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test.describe.configure({ timeout: 90_000 });

test('the window title names the manager’s parks and says when an import is not yet committed', async ({
  page,
  consoleErrors,
}) => {
  await restoreRegistry(page, registry.backup);
  await expect(page).toHaveTitle('园区台账');

  const myParks = page.getByRole('group', { name: '我管理的园区' });
  await myParks.getByRole('checkbox', { name: registry.parkName }).check();
  await expect(page).toHaveTitle(`我的园区：${registry.parkName} — 园区台账`);

  await page.goto('./#/exchange');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择工作簿…' }).click();
  await (
    await chooser
  ).setFiles({ name: '企业名单.xlsx', mimeType: 'application/octet-stream', buffer: tenantList() });
  await expect(page).toHaveTitle(`我的园区：${registry.parkName}（未保存） — 园区台账`, {
    timeout: 30_000,
  });
  expect(consoleErrors).toEqual([]);
});
