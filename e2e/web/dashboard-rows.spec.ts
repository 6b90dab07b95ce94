/**
 * Every figure of the overview leads to the enterprises behind it, and a park manager's overview
 * opens on the park set in 设置 → 我管理的园区.
 */
import { readFile } from 'node:fs/promises';
import { readWorkbook } from '../../shared/exchange/workbook/read-workbook';
import { parkRegistry, restoreRegistry } from './backup-fixture';
import { expect, saveScreenshot, test } from './fixtures';

const registry = parkRegistry();

test.describe.configure({ timeout: 90_000 });

test('a figure of the overview opens the enterprises it counts', async ({
  page,
  consoleErrors,
}) => {
  // The browser twin's download path: the save picker would need a person to click.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
  await restoreRegistry(page, registry.backup);
  await page.getByRole('group', { name: '我管理的园区' }).getByLabel(registry.parkName).check();
  await page
    .getByRole('navigation', { name: '功能导航' })
    .getByRole('link', { name: '总览', exact: true })
    .click();

  // The manager's own park is the scope to begin with.
  await expect(page.getByRole('combobox', { name: '范围' })).toHaveValue(/^park:/);
  await expect(page.getByRole('combobox', { name: '范围' }).locator('option:checked')).toHaveText(
    registry.parkName,
  );
  await page.getByLabel('口径').selectOption({ label: '全部入驻企业' });
  const count = page.getByRole('region', { name: '企业数', exact: true });
  await expect(count).toContainText('5');
  await saveScreenshot(page, 'dashboard-my-park');
  await count.getByRole('link', { name: /企业数 5家：查看明细/ }).click();

  const note = page.getByRole('note');
  await expect(note).toContainText(
    `总览明细：全部企业（${registry.parkName} · 2024年1-9月），5 家企业。`,
  );
  await expect(page.locator('.grid-count')).toContainText('显示 5 / 5 家');
  for (const { enterprise } of registry.tenants) {
    await expect(page.getByRole('gridcell', { name: enterprise.name })).toBeVisible();
  }
  await expect(page.getByRole('gridcell', { name: registry.elsewhere.name })).toHaveCount(0);
  await saveScreenshot(page, 'enterprises-behind-figure');

  // 导出当前视图 writes exactly these rows.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出当前视图' }).click();
  const file = await download;
  const read = readWorkbook(
    new Uint8Array(await readFile(await file.path())),
    file.suggestedFilename(),
  );
  if (!read.ok) throw new Error(read.error.message.en);
  const cells = read.workbook.sheets
    .filter((sheet) => sheet.name === '企业')
    .flatMap((sheet) => sheet.rows.flat().map((cell) => String(cell?.value ?? '')));
  expect(registry.tenants.every(({ enterprise }) => cells.includes(enterprise.name))).toBe(true);
  expect(cells).not.toContain(registry.elsewhere.name);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(
    '已导出 5 家企业',
  );

  // Back to the overview, the district: its figure counts the other park's tenant too.
  await page.goBack();
  await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '全区' });
  await page.getByLabel('口径').selectOption({ label: '全部入驻企业' });
  await count.getByRole('link', { name: /查看明细/ }).click();
  await expect(note).toContainText('全区');
  await expect(page.locator('.grid-count')).toContainText('显示 6 / 6 家');

  // The way out: every enterprise again.
  await note.getByRole('link', { name: '显示全部企业' }).click();
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('.grid-count')).toContainText('/ 6 家');
  expect(consoleErrors).toEqual([]);
});
